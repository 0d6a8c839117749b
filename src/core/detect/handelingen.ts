import { matchAt, YEAR, vergaderjaar } from './grammar';
import { withFollowing } from './nr-list';
import { detection, type Parser } from './parser';

// Handelingen ("Handelingen II 2022/23, nr. 78, item 23" → h-tk-20222023-78-23; Eerste Kamer
// "Handelingen I …" → h-ek-…; the Aanhangsel is read by aanhangsel.ts). The canonical
// Handelingen id needs the item, so a citation without one is not marked; neither is a
// vergaderjaar on its own. The chamber may be written out ("Handelingen Tweede Kamer
// 2019-2020"). A dossier named between vergaderjaar and number ("Handelingen II
// 2019/20, 35 300 VI, nr. 47, item 9") is the debate's subject, not part of the id. Several items
// of one meeting give one id each ("items 4 en 5", "items 4-6", "item 4 en 7"). Abbreviated
// ("HTK 2019/20, nr. 12, item 4", "HEK …") and in English ("Parliamentary Proceedings II
// 2022/23, no. 78, item 23", "Proceedings I …", "Proceedings House of Representatives …")
// they are the same papers.

export const CHAMBER_WORD =
  '(II|I|TK|EK|Tweede\\s+Kamer|Eerste\\s+Kamer|House\\s+of\\s+Representatives|Senate)(?![A-Za-z])';
const CHAMBER = `${CHAMBER_WORD}\\s*,?\\s*(?:vergaderjaar\\s+)?`;
const SUBJECT =
  '(?:\\s*,?\\s*[1-9]\\d[ .\\u00a0]?\\d{3}(?:[ \\u00a0-][IVXLC]{1,6}[AB]?|-\\d{1,2})?(?![\\dA-Za-z]))?';
/** "Handelingen", "Hand.", "Handelingen der Staten-Generaal", "Handelingen der Tweede Kamer". */
export const HANDELINGEN =
  '(?:Handelingen|Hand\\.|(?:Parliamentary\\s+)?Proceedings)(?:\\s+(?:der|van\\s+de)\\s+Staten-Generaal)?(?:\\s*,?\\s+(?:der|van\\s+de)(?=\\s+(?:Tweede|Eerste)\\s))?';
const NUMBER = '\\s*,?\\s*(?:(?:nr\\.?|nummer|no\\.)\\s*)?(\\d+)(?!\\d)';

/**
 * The letterhead of a Handelingen on officielebekendmakingen, whose parts text extraction glues
 * together: "Tweede Kamer der Staten-Generaal2019-2020nr. 31, item 8". The item makes it a
 * Handelingen; a Kamerstuk has none.
 */
const HOUSE_HEAD =
  '(Tweede\\s+Kamer|Eerste\\s+Kamer)(?:\\s+der\\s+Staten-Generaal)?\\s*,?\\s*(?:vergaderjaar\\s+)?';
const ITEM = '\\s*,?\\s*(?:items?|punt(?:en)?)\\s*(\\d+)(?!\\d)';

/** "HTK 2019/20", "HEK 2019/20": Handelingen of the Tweede and Eerste Kamer, abbreviated. */
const ABBREVIATED = 'H(T|E)K(?![A-Za-z])\\s*,?\\s*(?:vergaderjaar\\s+)?';

const PLENARY = new RegExp(
  `(?:${HANDELINGEN}\\s*,?\\s*${CHAMBER}|${HOUSE_HEAD}|${ABBREVIATED})${YEAR}${SUBJECT}${NUMBER}${ITEM}`,
  'iy',
);

/** "tk" or "ek" for a chamber as written ("II", "TK", "Tweede Kamer", "Senate", or none: "tk"). */
export function house(chamber: string): string {
  const c = chamber.toUpperCase();
  return c === '' || c === 'II' || c === 'TK' || c.startsWith('TWEEDE') || c.startsWith('HOUSE')
    ? 'tk'
    : 'ek';
}

export const parseHandelingen: Parser = (text, at) => {
  const m = matchAt(PLENARY, text, at);
  if (!m) return null;
  const [, handelingenChamber, houseChamber, abbreviated, y1 = '', y2 = '', nr = '', item = ''] = m;
  const chamber = handelingenChamber ?? houseChamber ?? (abbreviated && `${abbreviated}K`) ?? '';
  const year = vergaderjaar(y1, y2);
  if (!year) return null;
  const prefix = `h-${house(chamber)}-${year}-${Number(nr)}-`;
  // "items 4 en 5", "items 4-6", "item 4 en 7": one detection per item (CONTRACT §2, as for
  // the numbers of a range), the first from the opening word.
  const end = PLENARY.lastIndex;
  const items = withFollowing(text, { nr: item, start: end - item.length, end }, false);
  return items.map((n, k) =>
    detection(text, k === 0 ? at : n.start, n.end, 'handelingen', `${prefix}${Number(n.nr)}`),
  );
};
