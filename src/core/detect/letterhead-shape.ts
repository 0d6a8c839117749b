import { DOSSIER, dossierId, matchAt, SUFFIX } from './grammar';
import { detection } from './parser';
import type { Detection } from './types';

// Letterheads of any dossier, recognised by their shape rather than a list of known titles. An
// officielebekendmakingen document opens with the dossier number(s) and title(s), each at the
// start of a line, then a line with the document number and its kind in capitals:
//
//   36 281 Wijziging van de Wet …            36 101 Wijziging van …
//
//   Nr. 12 NOTA NAAR AANLEIDING VAN HET …    D MEMORIE VAN ANTWOORD
//
// The Tweede Kamer numbers its papers ("Nr. 12"), the Eerste Kamer letters them ("D"). A
// letterhead that names two dossiers gives the first (the paper is filed under it). The shape
// is strict for precision: dossier and number each open a line, a document kind in capitals
// follows the number, and the lines between are titles (none ends a sentence).

/** Lines looked at above the number line, and how far back in characters. */
const MAX_LINES = 12;
const REACH = 1200;
const MARKUP = /[ \t*_#>]*/y;
const DOSSIER_LINE = new RegExp(
  `${DOSSIER}(?:${SUFFIX})?(?=[ \\t*_]*(?:\\n|$)|[ \\t*_]+[A-Z\\u00c0-\\u00de(])`,
  'y',
);
/** A document kind in capitals after the number: "NOTA", "BRIEF VAN", "MEMORIE". */
const KIND_AFTER = /[ \t*_]*\n?[ \t*_]*[A-Z\u00c0-\u00de]{4,}(?![a-z])/y;
const LETTER_LINE = /([A-Z]{1,3})(?=[ \t*_]*\n?[ \t*_]*[A-Z\u00c0-\u00de]{4,}(?![a-z]))(?![A-Z])/y;
const SENTENCE_END = /[.?!:;]\s*$/;

export interface ShapeLetterhead {
  start: number;
  dossier: string;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The text of a line after leading markup, and where that text begins. */
function contentOf(text: string, start: number): number {
  matchAt(MARKUP, text, start);
  return MARKUP.lastIndex;
}

/**
 * The letterhead whose number line starts at `numberAt` (the "Nr." or the letter, which must
 * open its line), or null. Looks back over the title lines for the topmost dossier line.
 */
export function letterheadAbove(text: string, numberAt: number): ShapeLetterhead | null {
  const lineStart = lineStartOf(text, numberAt);
  if (lineStart === 0 || contentOf(text, lineStart) !== numberAt) return null;
  let found: ShapeLetterhead | null = null;
  let end = lineStart - 1;
  for (let lines = 0; lines < MAX_LINES && end >= 0 && numberAt - end < REACH; lines++) {
    const start = lineStartOf(text, end);
    const from = contentOf(text, start);
    const line = text.slice(from, end);
    const m = from < end ? matchAt(DOSSIER_LINE, text, from) : null;
    if (m && DOSSIER_LINE.lastIndex <= end && m[1] !== undefined) {
      found = { start: from, dossier: dossierId(m[1], m[2] ?? m[3]) };
    } else if (line.trim() !== '' && (SENTENCE_END.test(line) || line.length > 400)) {
      break;
    }
    if (start === 0) break;
    end = start - 1;
  }
  return found;
}

/** Whether a document kind in capitals follows the number that ends at `at`. */
export function kindFollows(text: string, at: number): boolean {
  return matchAt(KIND_AFTER, text, at) !== null;
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Where a line's text starts after markup (space, tab, "*", "_", "#", ">"), by char codes. */
function skipMarkup(text: string, at: number): number {
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x09 && c !== 0x2a && c !== 0x5f && c !== 0x23 && c !== 0x3e) break;
  }
  return at;
}

/** Whether a line opening at `at` could hold an Eerste Kamer letter: one to three capitals, then a break. */
function mayBeLetterLine(text: string, at: number): boolean {
  let k = at;
  while (k < at + 4 && isCapital(text.charCodeAt(k))) k++;
  const after = text.charCodeAt(k);
  return (
    k > at &&
    k <= at + 3 &&
    (after === 0x20 || after === 0x0a || after === 0x09 || after === 0x2a || after === 0x5f)
  );
}

const NONE: readonly Detection[] = [];

/**
 * Eerste Kamer letterheads ("…⏎⏎D MEMORIE VAN ANTWOORD"): they have no word to anchor on, so
 * every line start is checked, first by character codes (most lines fail there), then by shape.
 */
export function findLetterLetterheads(text: string): readonly Detection[] {
  let out: Detection[] | null = null;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const at = skipMarkup(text, nl + 1);
    if (!mayBeLetterLine(text, at)) continue;
    const m = matchAt(LETTER_LINE, text, at);
    const letter = m?.[1];
    if (!m || letter === undefined) continue;
    const head = letterheadAbove(text, at);
    if (!head) continue;
    const end = at + letter.length;
    out ??= [];
    out.push(detection(text, head.start, end, 'kamerstuk', `kst-${head.dossier}-${letter}`));
  }
  return out ?? NONE;
}
