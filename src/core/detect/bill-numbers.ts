import { dossierId, matchAt, NOT_WORD_AFTER } from './grammar';
import { detection, type Parser } from './parser';
import type { Detection } from './types';

// A bill named by its title with its dossier number after it, as tweedekamer.nl, eerstekamer.nl
// and the Handelingen write it: "het wetsvoorstel Wijziging van de Tracéwet … (31546).", "…
// de koopregels van titel 7.1 BW (34071);", "Wet implementatie … (36.101)", "de begroting van
// Justitie en Veiligheid voor 2023 (36200-VI)"; the column of wetten.overheid.nl ("Aanhangig
// 36056"); and "wetsvoorstel 36.056". A number in parentheses is anything without its context,
// so it is taken only when the sentence before it is about legislation, only in the range of
// dossier numbers (10 000–39 999; dossiers are numbered from 10 000 since the 1960s and reached
// 36 800 in 2025), and never with a number suffix ("(32317-89)" is a document number or a
// range). It needs a word of a law in that sentence: wet, wetsvoorstel, voorstel van wet,
// wetboek, BW, Awb, wijziging van, goedkeuring van, begrotingsstaten. Words that also name
// other things (begroting, regeling, verdrag, Kamer) only count for a number with a chapter
// suffix ("(36200-VI)": no amount looks like that) where the title ends at the parenthesis
// (punctuation or the end of a line follows).

const BILL_DOSSIER = '([1-3]\\d([ .\\u00a0]?)\\d{3})(?!\\d)';
const BILL_SUFFIX =
  '(?:(?:[ \\u00a0]?[-\\u2013][ \\u00a0]?|[ \\u00a0]+)([IVXLC]{1,6}[AB]?|[A-Z]))?';
const PAREN = new RegExp(`\\(${BILL_DOSSIER}${BILL_SUFFIX}\\)`, 'y');
/** How far back the sentence before the parenthesis is read. */
const REACH = 320;
const LAW_WORDS =
  /wets?voorstel|voorstel\s+van\s+(?:rijks)?wet|wetboek|wet(?:ten)?(?![a-z\u00e0-\u024f])|wijziging\s+van|goedkeuring\s+van|begrotingsstaten/i;
const LAW_CODES = /(?<![A-Za-z])(?:BW|Awb|Sr|Sv|Rijkswet)(?![A-Za-z])/;
const OTHER_WORDS =
  /begroting|regeling|verdrag|hoofdstuk|(?<![A-Za-z])(?:Tweede |Eerste )?Kamer(?![a-z])/i;

/**
 * Where a sentence or list item ends: a full stop, "?" or "!" before a capital (not "nr. 1",
 * "o.a. de"), a ";", or an empty line.
 */
const BREAK = /[.!?]\s+(?=[A-Z\u00c0-\u00de])|;\s|\n\s*\n/g;

/** The sentence that ends at `at`: from the last sentence break within REACH. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - REACH), at);
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(window); m; m = BREAK.exec(window)) from = BREAK.lastIndex;
  return window.slice(from);
}

/** Punctuation, a line end or the end of the text after the ")": the title ends there. */
const TITLE_END = /[ \t]*(?:[.,;:)]|\r?\n|$)/y;

function aboutLaw(sentence: string, suffixed: boolean, ends: boolean): boolean {
  if (LAW_WORDS.test(sentence) || LAW_CODES.test(sentence)) return true;
  return suffixed && ends && OTHER_WORDS.test(sentence);
}

const NONE: readonly Detection[] = [];

/**
 * Dossier numbers in parentheses after a bill's title (see above): one `dossier` detection per
 * number, spanning the number inside the parentheses. Anchored on "(" followed by 1–3, so a
 * block without one costs a single search.
 */
export function findBillNumbers(text: string): readonly Detection[] {
  let out: Detection[] | null = null;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const digit = text.charCodeAt(at + 1);
    if (digit < 0x31 || digit > 0x33) continue;
    const before = text.charCodeAt(at - 1);
    if (at === 0 || (before !== 0x20 && before !== 0xa0)) continue;
    const m = matchAt(PAREN, text, at);
    const raw = m?.[1];
    if (!m || raw === undefined) continue;
    const ends = matchAt(TITLE_END, text, PAREN.lastIndex) !== null;
    if (!aboutLaw(sentenceBefore(text, at), m[3] !== undefined, ends)) continue;
    out ??= [];
    const end = PAREN.lastIndex - 1;
    out.push(detection(text, at + 1, end, 'dossier', `dossier-${dossierId(raw, m[3])}`));
  }
  return out ?? NONE;
}

/** "Aanhangig 36056", "wetsvoorstel 36.056", "initiatiefwetsvoorstel 35 300": a dossier. */
const NAMED = new RegExp(
  `(?:[Aa]anhangig\\s*:?|(?:[Ii]nitiatief)?[Ww]etsvoorstel(?:len)?\\s+(?:nr\\.?\\s*)?)\\s*` +
    `${BILL_DOSSIER}${BILL_SUFFIX}${NOT_WORD_AFTER}` +
    '(?![.,]\\d|\\s*(?:euro|miljoen|miljard|procent|%|mensen|keer))',
  'y',
);

export const parseBillNumber: Parser = (text, at) => {
  const m = matchAt(NAMED, text, at);
  const raw = m?.[1];
  if (!m || raw === undefined) return null;
  return [detection(text, at, NAMED.lastIndex, 'dossier', `dossier-${dossierId(raw, m[3])}`)];
};
