import { matchAt, YEAR, vergaderjaar } from './grammar';
import { parseNumbers, withFollowingNumbers } from './nr-list';
import { detection, type Parser } from './parser';

// Handelingen ("Handelingen II 2022/23, nr. 78, item 23" → h-tk-20222023-78-23; Eerste Kamer
// "Handelingen I …" → h-ek-…) and the Aanhangsel ("Aanhangsel Handelingen II 2024/25, nr. 1028"
// → ah-tk-20242025-1028). The canonical Handelingen id needs the item, so a citation without one
// is not marked; neither is a vergaderjaar on its own. The chamber may be written out ("Handelingen
// Tweede Kamer 2019-2020") and is left out in the Aanhangsel as tweedekamer.nl writes it
// ("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 512", "Aanhangsel Handelingen 2023/24,
// nr. 512": the Tweede Kamer's). A dossier named between vergaderjaar and number ("Handelingen II
// 2019/20, 35 300 VI, nr. 47, item 9") is the debate's subject, not part of the id. Several items
// of one meeting give one id each ("items 4 en 5", "items 4-6", "item 4 en 7"). Abbreviated
// ("HTK 2019/20, nr. 12, item 4", "HEK …") and in English ("Parliamentary Proceedings II
// 2022/23, no. 78, item 23", "Proceedings I …", "Proceedings House of Representatives …",
// "Appendix to the Proceedings II …") they are the same papers.
// The Aanhangsel's letterhead is read by its fixed subtitle (see `appendixLetterhead`).

const CHAMBER_WORD =
  '(II|I|TK|EK|Tweede\\s+Kamer|Eerste\\s+Kamer|House\\s+of\\s+Representatives|Senate)(?![A-Za-z])';
const CHAMBER = `${CHAMBER_WORD}\\s*,?\\s*(?:vergaderjaar\\s+)?`;
const OPTIONAL_CHAMBER = `(?:${CHAMBER_WORD})?\\s*,?\\s*(?:vergaderjaar\\s+)?`;
const SUBJECT =
  '(?:\\s*,?\\s*[1-9]\\d[ .\\u00a0]?\\d{3}(?:[ \\u00a0-][IVXLC]{1,6}[AB]?|-\\d{1,2})?(?![\\dA-Za-z]))?';
/** "Handelingen", "Hand.", "Handelingen der Staten-Generaal", "Handelingen der Tweede Kamer". */
const HANDELINGEN =
  '(?:Handelingen|Hand\\.|(?:Parliamentary\\s+)?Proceedings)(?:\\s+(?:der|van\\s+de)\\s+Staten-Generaal)?(?:\\s*,?\\s+(?:der|van\\s+de)(?=\\s+(?:Tweede|Eerste)\\s))?';
/**
 * "Aanhangsel (der | van de | bij de | tot de) Handelingen"; older and English texts shorten
 * both words and may glue them: "Aanh. Hand. II 2004/05, nr. 1234", "Aanh.Hand. II 1985/86 No.
 * 339 p. 667" (the page is not part of the id).
 */
const APPENDIX_WORD =
  '(?:Aanhangsel\\s+|Aanh\\.\\s*|Appendix\\s+to\\s+(?:the\\s+)?)(?:(?:der|(?:van|bij|tot)\\s+de)\\s+)?';
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
/** Everything before the Aanhangsel's number(s); `parseNumbers` reads them (also lists). */
const APPENDIX = new RegExp(
  `${APPENDIX_WORD}${HANDELINGEN}\\s*,?\\s*${OPTIONAL_CHAMBER}${YEAR}\\s*,?\\s*`,
  'iy',
);
/** A number without a word: "Aanhangsel Handelingen II 2023/24, 512". */
const BARE_NUMBER = /(\d+)(?!\d)/y;

function house(chamber: string): string {
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
  const items = withFollowingNumbers(text, { nr: item, start: end - item.length, end });
  return items.map((n, k) =>
    detection(text, k === 0 ? at : n.start, n.end, 'handelingen', `${prefix}${Number(n.nr)}`),
  );
};

/**
 * The Aanhangsel's letterhead on officielebekendmakingen, in lines or in table cells as pages
 * and text extraction give it: "Tweede Kamer der Staten-Generaal | 2 |⏎Vergaderjaar 2021-2022 |
 * Aanhangsel van de Handelingen |⏎Vragen gesteld door de leden der Kamer, met de daarop door de
 * regering gegeven antwoorden |⏎2349". The vergaderjaar stands before the word, the number after
 * the fixed subtitle every Aanhangsel carries.
 */
const CELL = '[\\s|*]*';
const HEAD_APPENDIX = new RegExp(
  `Aanhangsel\\s+van\\s+de\\s+Handelingen${CELL}Vragen\\s+gesteld\\s+door\\s+de\\s+leden\\s+der\\s+Kamer,?` +
    `\\s+met\\s+de\\s+daarop\\s+door\\s+de\\s+regering\\s+gegeven\\s+antwoorden${CELL}(\\d{1,5})(?![\\d.,/])`,
  'iy',
);
const HEAD_YEAR = new RegExp(`Vergaderjaar\\s+${YEAR}${CELL}$`, 'i');
const HEAD_HOUSE = /(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal[\s\S]*$/i;

function appendixLetterhead(text: string, at: number) {
  const m = matchAt(HEAD_APPENDIX, text, at);
  if (!m) return null;
  const before = text.slice(Math.max(0, at - 120), at);
  const y = HEAD_YEAR.exec(before);
  const year = y && vergaderjaar(y[1] ?? '', y[2] ?? '');
  if (!y || !year) return null;
  const chamber = HEAD_HOUSE.exec(before.slice(0, y.index))?.[1] ?? '';
  const id = `ah-${chamber.toLowerCase() === 'eerste' ? 'ek' : 'tk'}-${year}-${Number(m[1])}`;
  return [detection(text, at, HEAD_APPENDIX.lastIndex, 'aanhangsel', id)];
}

export const parseAanhangsel: Parser = (text, at) => {
  const m = matchAt(APPENDIX, text, at);
  if (!m) return appendixLetterhead(text, at);
  const [, chamber = '', y1 = '', y2 = ''] = m;
  const year = vergaderjaar(y1, y2);
  if (!year) return null;
  // Only tweedekamer.nl leaves the chamber out, in Dutch: in English it must be named.
  if (chamber === '' && /^ap/i.test(text.slice(at, at + 2))) return null;
  const from = APPENDIX.lastIndex;
  // "nr. 512", and lists as for Kamerstukken: "nrs. 1016 en 1044", "nrs. 20–23" (an Aanhangsel
  // has no Eerste Kamer letters, so letters end the list).
  const numbers = (parseNumbers(text, from) ?? []).filter((n) => /^\d+$/.test(n.nr));
  if (numbers.length === 0) {
    const bare = matchAt(BARE_NUMBER, text, from);
    if (!bare?.[1]) return null;
    numbers.push({ nr: bare[1], start: at, end: BARE_NUMBER.lastIndex });
  }
  const prefix = `ah-${house(chamber)}-${year}-`;
  return numbers.map((n, k) =>
    detection(text, k === 0 ? at : n.start, n.end, 'aanhangsel', `${prefix}${Number(n.nr)}`),
  );
};
