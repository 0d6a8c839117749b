import { kamerstukId, matchAt } from './grammar';
import { parseKamerstuk } from './kamerstuk';
import type { InnerScan } from './parser';

// A motion's number written beside its names. CONTRACT §2 gives a motion the id of its number, so
// names and number are one mark with that id, whatever the spelling of the number:
//
//   motie-Van Raan (36 410, nr. 12)                    the number in parentheses after the names,
//   motie-Taverne (Kamerstuk 21 501-02, nr. 1538)      as tweedekamer.nl and the ministries write
//   motie van het lid Kathmann c.s. over … (Kamerstuk 32 317, nr. 891)     it, within the sentence
//   (motie-Kathmann c.s., Kamerstuk 36 200 VI, nr. 12)  names and number in one parenthesis
//
// and where the names follow the number, they name that paper and get no mark of their own:
// "Kamerstukken II 2021/22, 35 925 VI, nr. 12 (motie-Ellian c.s.)", and the kind line of a
// motion's letterhead ("36 200 VI Vaststelling …⏎Nr. 12 MOTIE VAN HET LID KATHMANN C.S.").
// A number is the motion's only where nothing else can claim it: exactly one paper (a list or a
// range names several), nothing but names, a subject and parentheses without numbers between, and
// no other paper named on the way ("motie-X over de brief van 3 juni (Kamerstuk …)" cites the
// letter). A form read with less certainty keeps the name's mark and the citation's apart.

/** "nr." or "nummer" between a dossier and the motion's number ("21501-02, nr. 1435"). */
const NUMBER_WORD = '\\s*,?\\s*(?:[Nn][Rr]s?\\.?|[Nn]ummers?)\\s*';
/**
 * A motion's number as tweedekamer.nl writes it: "36200-VI-12", "32317-891", "21501-33-1012",
 * its officielebekendmakingen id ("kst-36200-VI-12"), or dossier and number apart ("21501-02,
 * nr. 1435", "36200-VI, nr. 12", "36 410, nr. 12": then a number after the hyphen is the
 * dossier's suffix, never the motion's number). Groups: dossier, suffix, number (compact), number
 * (after "nr.").
 */
export const COMPACT_SOURCE =
  '(?:kst-)?([1-9]\\d[ \\u00a0]?\\d{3})(?:-([IVXLC]{1,6}[AB]?|[A-Z]|\\d{1,2}))?' +
  `(?:-(\\d{1,4})(?![\\dA-Za-z-])(?!${NUMBER_WORD}\\d)|${NUMBER_WORD}(\\d{1,4})(?![\\dA-Za-z]))`;
const COMPACT_ALONE = new RegExp(`\\s*${COMPACT_SOURCE}\\s*$`, 'y');
/** The only number of a changed motion: "(t.v.v. 35925-XV-72)", "(ter vervanging van …)". */
const REPLACED = new RegExp(
  `\\s*(?:t\\.\\s?v\\.\\s?v\\.?|ter\\s+vervanging\\s+van)\\s*${COMPACT_SOURCE}\\s*$`,
  'iy',
);
/** Text up to the next parenthesis on the line, and that parenthesis' content. */
const NEXT_PARENTHESIS = /([^()\n]{0,200}?)\(([^()\n]{1,160})\)/y;
/** Names and number in one parenthesis: ", Kamerstuk 36 200 VI, nr. 12)". */
const COMMA_CITATION = /\s*,\s*([^()\n]{1,160})\)/y;
/**
 * Between the motion and the parenthesis: a sentence ends, another motion begins ("de motie Kox
 * c.s. (35 431, D) en … de motie Smeulders c.s. (35 431, nr. 29)"), a parenthesis already gives a
 * dossier, or another paper is named ("over de brief van de minister (Kamerstuk …)"): the number
 * is not this motion's.
 */
const SENTENCE_BREAK =
  /[.!?]\s+[A-Z]|(?<![A-Za-z])[Mm]oties?(?![a-z])|\(\s*[1-9]\d[ \u00a0]?\d{3}(?!\d)/;
const OTHER_PAPER =
  /(?<![A-Za-z\u00c0-\u024f])(?:(?:kamer)?brie(?:f|ven)|nota|verslag|rapport|antwoord(?:en)?|beantwoording|(?:kamer)?vragen|amendement(?:en)?)(?![a-z])/i;
/** A dossier number in a parenthesis passed over: that parenthesis cites another paper. */
const DOSSIER_INSIDE = /[1-9]\d[ \u00a0.]?\d{3}(?!\d)/;
/**
 * A letterhead's line up to its kind: "Nr. 12 " (group 1), or an Eerste Kamer letter "K ", which
 * counts only before a kind in capitals ("K MOTIE VAN …"; in sentence case it may be a list).
 */
const KIND_LINE = /^[ \t*_]*(?:([Nn]r\.?[ \t]*\d{1,4}[a-z]?)|[A-Z]{1,3})[ \t*_]+$/;
/** A parenthesis opening right after a number or a letter: "nr. 12 (", "36200-VI-12 (". */
const AFTER_NUMBER = /[\dA-Z][ \t\u00a0]*\([ \t\u00a0]*$/;
const KAMERSTUK_WORD = /^\s*(?:Kamerstuk|Kamerst\.)/i;
const CLOSE = /[ \t\u00a0]*\)/y;
const LOOK_BACK = 200;

/**
 * Where the sentence holding `at` starts, looking back at most LOOK_BACK characters: after a
 * line break, or after ".", "!", "?" or ";" followed by a space.
 */
function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - LOOK_BACK);
  for (let k = at - 1; k > limit; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return k + 1;
    const after = text.charCodeAt(k + 1);
    const ends = c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b;
    if (ends && (after === 0x20 || after === 0x0a || after === 0xa0)) return k + 1;
  }
  return limit;
}

/** The id from COMPACT_SOURCE's groups, which start at `m[from]`: dossier, suffix, number. */
export function compactId(m: RegExpExecArray, from = 1): string {
  const [written = '', suffix, nr = ''] = [m[from], m[from + 1], m[from + 2] ?? m[from + 3]];
  const dossier = written.replace(/\s/g, '');
  return kamerstukId(suffix !== undefined ? `${dossier}-${suffix}` : dossier, nr);
}

/**
 * The id of the one Kamerstuk that text[from, to) cites and nothing else (spaces aside), read
 * with the whole detector; null for anything else (a dossier, a list, a range, other words).
 */
export function oneKamerstuk(
  text: string,
  from: number,
  to: number,
  inner: InnerScan,
): string | null {
  const inside = text.slice(from, to);
  const start = from + (inside.length - inside.trimStart().length);
  const end = from + inside.trimEnd().length;
  if (end <= start || !DOSSIER_INSIDE.test(inside)) return null;
  const compact = matchAt(COMPACT_ALONE, inside, 0);
  if (compact) return compactId(compact);
  // "Kamerstuk …", the common spelling, read by its parser alone; other spellings by the detector.
  const direct = KAMERSTUK_WORD.test(inside) ? parseKamerstuk(text, start, inner) : null;
  const found = Array.isArray(direct)
    ? direct
    : inner(text, start, end).filter((d) => d.kind !== 'term');
  const one = found.length === 1 ? found[0] : undefined;
  return one && one.kind === 'kamerstuk' && one.start === start && one.end === end ? one.id : null;
}

/**
 * The number of a motion (its word at `at`) written after its names that end at `end` (see
 * above), unless another paper is named before the motion in its sentence: in parentheses
 * within the same sentence, other parentheses passed over, or after a comma inside the
 * parenthesis that holds the names. Gives the id and where the mark ends (after ")" of a
 * parenthesis of its own, after the number inside a shared one); null when there is none.
 *
 * A changed motion cited with only the number it replaces ("Gewijzigde motie van het lid Simons
 * c.s. over … (t.v.v. 35925-XV-72)") gets that number's id, kst-35925-XV-72: the only number
 * written is the earlier text of the same motion (same dossier, same members), whose card leads
 * to the vote and the changed text; a `motie-{names}` id would claim less than the page says.
 * Its own number, where written after it, wins ("(t.v.v. 36200-VI-44) (36200-VI-92)").
 */
export function numberAfterNames(
  text: string,
  at: number,
  end: number,
  inner: InnerScan,
): { id: string; end: number } | null {
  const found = numberWritten(text, end, inner);
  // "de brief over de uitvoering van de motie-Kathmann (Kamerstuk 32 317, nr. 906)": the number
  // may be the letter's as well as the motion's, so neither claims it.
  if (!found || OTHER_PAPER.test(text.slice(sentenceStart(text, at), at))) return null;
  return found;
}

/** `numberAfterNames` without the look back before the motion. */
function numberWritten(
  text: string,
  end: number,
  inner: InnerScan,
): { id: string; end: number } | null {
  const comma = matchAt(COMMA_CITATION, text, end);
  const cited = comma?.[1];
  if (cited !== undefined) {
    const from = COMMA_CITATION.lastIndex - 1 - cited.length;
    const id = oneKamerstuk(text, from, from + cited.length, inner);
    if (id) return { id, end: from + cited.trimEnd().length };
  }
  let replaced: { id: string; end: number } | null = null;
  let gap = '';
  for (
    let pos = end, m = matchAt(NEXT_PARENTHESIS, text, pos);
    m;
    m = matchAt(NEXT_PARENTHESIS, text, pos)
  ) {
    gap += m[1] ?? '';
    if (gap.length > 200 || SENTENCE_BREAK.test(gap) || OTHER_PAPER.test(gap)) break;
    const content = m[2] ?? '';
    pos = NEXT_PARENTHESIS.lastIndex;
    const id = oneKamerstuk(text, pos - 1 - content.length, pos - 1, inner);
    if (id) return { id, end: pos };
    const earlier = matchAt(REPLACED, content, 0);
    if (earlier) replaced ??= { id: compactId(earlier), end: pos };
    else if (content.length > 60 || DOSSIER_INSIDE.test(content)) break;
    gap += `(${content})`;
  }
  return replaced;
}

/**
 * Whether the names of a motion at `at` (the word "motie") that end at `namesEnd` name the paper
 * just cited before them, so that they get no mark of their own (see above): the kind line of a
 * letterhead, or a parenthesis right after a citation of one Kamerstuk. Gives where to go on
 * scanning (after the names, or after the parenthesis), or null.
 */
export function namesCitedPaper(
  text: string,
  at: number,
  namesEnd: number,
  inner: InnerScan,
): number | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = at - lineStart < 40 ? text.slice(lineStart, at) : '';
  const kind = KIND_LINE.exec(line);
  if (kind && (kind[1] !== undefined || text.startsWith('MOTIE', at))) return namesEnd;
  if (!matchAt(CLOSE, text, namesEnd)) return null;
  const close = CLOSE.lastIndex;
  if (!AFTER_NUMBER.test(text.slice(Math.max(lineStart, at - 8), at))) return null;
  const open = text.lastIndexOf('(', at);
  let from = Math.max(lineStart, open - LOOK_BACK);
  if (from > lineStart) from = text.indexOf(' ', from) + 1 || open;
  const cited = inner(text, from, open).filter((d) => d.kind !== 'term');
  const last = cited[cited.length - 1];
  const citedEnd = from + text.slice(from, open).trimEnd().length;
  return last && last.end === citedEnd && (last.kind === 'kamerstuk' || last.kind === 'motie')
    ? close
    : null;
}
