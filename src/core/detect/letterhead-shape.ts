import { DOSSIER, dossierId, matchAt, SUFFIX } from './grammar';
import { dossierLetterLine } from './ek-dossier-lines';
import { KIND_WORDS } from './kind-words';
import { detection } from './parser';
import type { Detection } from './types';

// Letterheads of any dossier, recognised by their shape rather than a list of known titles. An
// officielebekendmakingen document opens with the dossier number(s) and title(s), each at the
// start of a line, then a line with the document number and its kind:
//
//   36 281 Wijziging van de Wet …           36 101 Wijziging van …      27 400 VII
//                                                                       Vaststelling van …
//   Nr. 12 NOTA NAAR AANLEIDING VAN HET …   D MEMORIE VAN ANTWOORD
//                                                                       nr. 6
//                                                                       BRIEF VAN DE MINISTERS
//
// The Tweede Kamer numbers its papers ("Nr. 12"; older papers "nr. 6", on a line of its own),
// the Eerste Kamer letters them ("D"). tweedekamer.nl and converted documents print the kind in
// sentence case ("Nr. 851 Brief van de staatssecretaris"). A letterhead that names two dossiers
// gives the first (the paper is filed under it).
//
// The shape is strict for precision, since a number at a line start followed by text is often
// something else (a table row, a count, a numbered question): the number word or the letter
// opens its line; a document kind follows on that line or the next, either a word in capitals
// or, in sentence case, the first word of a kind officielebekendmakingen publishes (KIND_WORDS;
// never just any capitalised word); above it, within twelve lines, a dossier number opens a
// line and is followed by the line's end or a title starting with a capital; and no line from
// there on ends a sentence (a title never does).

/** Lines looked at above the number line, and how far back in characters. */
const MAX_LINES = 12;
const REACH = 1200;
const MARKUP = /[ \t*_#>]*/y;
const DOSSIER_LINE = new RegExp(
  `${DOSSIER}(?:${SUFFIX})?(?=[ \\t*_]*(?:\\n|$)|[ \\t*_]+[A-Z\\u00c0-\\u00de(])`,
  'y',
);
/** A document kind in capitals: "NOTA", "BRIEF VAN", "MEMORIE". */
const CAPITALS = '[A-Z\\u00c0-\\u00de]{4,}(?![a-z])';
/** A document kind in capitals or, after a number, a kind's first word in sentence case. */
const KIND = `(?:${CAPITALS}|(?:${KIND_WORDS.join('|')})(?![A-Za-z\\u00c0-\\u024f]))`;
/** Between the number and the kind: spaces or markup, and at most one empty line. */
const TO_KIND = '(?:[ \\t*_]*\\n){0,2}[ \\t*_]*';
const KIND_AFTER = new RegExp(TO_KIND + KIND, 'y');
/**
 * An Eerste Kamer letter with its kind on its line or the next. Only in capitals: letters with
 * words in sentence case ("A Voorstel van de regering⏎B Voorstel van de Kamer") are as often a
 * list of options.
 */
const LETTER_LINE = new RegExp(`([A-Z]{1,3})(?=[ \\t*_]*\\n?[ \\t*_]*${CAPITALS})(?![A-Z])`, 'y');
const SENTENCE_END = /[.?!:;]\s*$/;
/** A paper's number line ("Nr. 6", "nr. 6"): where the letterhead of the paper before ends. */
const NUMBER_LINE = /[Nn]r\.?[ \t]*\d/y;
/** Nothing but space or markup up to the text's end. */
const BLOCK_ENDS = /[\s*_]*$/y;

export interface ShapeLetterhead {
  start: number;
  dossier: string;
  /** Whether a title stands after the dossier, on its line or on a line below it. */
  titled: boolean;
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
 *
 * Only blank lines may part the dossier line(s) and their titles from the number line: the
 * lines above it form blocks (runs of non-blank lines), and the block right above must hold a
 * dossier line, or be the title of a dossier line standing bare right above it ("28 000⏎⏎
 * Wijziging van de Wet op de huurtoeslag⏎⏎Nr. 5"). So "36 155 Wijziging …⏎⏎Voetnoten⏎⏎B BRIEF"
 * is no letterhead: the footnotes' heading parts the titled dossier from the letter. A block
 * further up joins only as a second dossier of the same letterhead (the paper filed under both,
 * "36 200 VI …⏎⏎36 100 Voorjaarsnota⏎⏎Nr. 31 MOTIE"), and only when parted from it by no more
 * blank lines than the number line is from the block below: in "35 979 Wijziging …⏎⏎30 881
 * Wijziging …⏎B⏎VOORLOPIG VERSLAG" the letterhead is 30 881's alone, set tighter than the gap
 * above it.
 */
export function letterheadAbove(text: string, numberAt: number): ShapeLetterhead | null {
  const lineStart = lineStartOf(text, numberAt);
  if (lineStart === 0 || contentOf(text, lineStart) !== numberAt) return null;
  let found: ShapeLetterhead | null = null;
  let titled = false;
  /** Blank lines between the number line and the block above it; -1 until that block. */
  let gapBelow = -1;
  let blanks = 0;
  let blockHasDossier = false;
  let end = lineStart - 1;
  for (let lines = 0; lines < MAX_LINES && end >= 0 && numberAt - end < REACH; lines++) {
    const start = lineStartOf(text, end);
    const from = contentOf(text, start);
    const line = text.slice(from, end);
    const blank = line.trim() === '';
    if (!blank && gapBelow < 0) gapBelow = blanks;
    else if (!blank && blanks > 0) {
      // A new block above the blank lines: see above for when it still belongs.
      if (blockHasDossier ? blanks > gapBelow : !bareDossierLine(text, from, end)) break;
      blockHasDossier = false;
    }
    blanks = blank ? blanks + 1 : 0;
    const m = from < end ? matchAt(DOSSIER_LINE, text, from) : null;
    const ends = SENTENCE_END.test(line);
    if (m && DOSSIER_LINE.lastIndex <= end && m[1] !== undefined && !ends) {
      titled ||= text.slice(DOSSIER_LINE.lastIndex, end).trim() !== '';
      found = { start: from, dossier: dossierId(m[1], m[2] ?? m[3]), titled };
      blockHasDossier = true;
    } else if (!blank && (ends || line.length > 400)) {
      break;
    } else if (matchAt(NUMBER_LINE, text, from) || isLetterLine(text, from)) {
      break; // the number line of the paper before: its dossier is not this one's
    } else if (!blank) {
      titled = true;
    }
    if (start === 0) break;
    end = start - 1;
  }
  return found;
}

/** Whether the line whose text runs from `from` to `end` is a dossier number alone ("28 000"). */
function bareDossierLine(text: string, from: number, end: number): boolean {
  return (
    matchAt(DOSSIER_LINE, text, from) !== null &&
    DOSSIER_LINE.lastIndex <= end &&
    text.slice(DOSSIER_LINE.lastIndex, end).trim() === ''
  );
}

/** Whether a document kind follows the number that ends at `at`. */
export function kindFollows(text: string, at: number): boolean {
  return matchAt(KIND_AFTER, text, at) !== null;
}

/**
 * The letterhead of a Tweede Kamer paper whose number word ("Nr.", "nr.") is at `numberAt` and
 * whose number ends at `numberEnd`: the number word opens its line and a document kind follows
 * the number (see above), or the number ends the text and the dossier above has a title. Null
 * otherwise.
 */
export function numberLetterhead(
  text: string,
  numberAt: number,
  numberEnd: number,
): ShapeLetterhead | null {
  if ((text.charCodeAt(numberAt) | 0x20) !== 0x6e) return null;
  if (kindFollows(text, numberEnd)) return letterheadAbove(text, numberAt);
  // A number line without a kind ("29 279 Rechtsstaat en Rechtsorde⏎Nr. 836", as tweedekamer.nl
  // prints a paper's head with the kind in a block of its own): the number ends the block, and a
  // titled dossier stands above. Text after it makes it a numbered list or a table row.
  if (!matchAt(BLOCK_ENDS, text, numberEnd)) return null;
  const head = letterheadAbove(text, numberAt);
  return head?.titled ? head : null;
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

/** Whether the line at `at` is an Eerste Kamer letter with its kind ("D MEMORIE VAN ANTWOORD"). */
function isLetterLine(text: string, at: number): boolean {
  return mayBeLetterLine(text, at) && matchAt(LETTER_LINE, text, at) !== null;
}

const NONE: readonly Detection[] = [];

/** The letterhead whose number line opens after the line break at `nl` (-1: the text's start). */
function letterheadAfter(text: string, nl: number): Detection | null {
  const at = skipMarkup(text, nl + 1);
  const first = text.charCodeAt(at);
  // A dossier line with its letter needs nothing above, so it may open the text.
  if (first >= 0x31 && first <= 0x33) return dossierLetterLine(text, at);
  if (nl < 0 || !mayBeLetterLine(text, at)) return null;
  const m = matchAt(LETTER_LINE, text, at);
  const letter = m?.[1];
  if (!m || letter === undefined) return null;
  const head = letterheadAbove(text, at);
  if (!head) return null;
  const end = at + letter.length;
  return detection(text, head.start, end, 'kamerstuk', `kst-${head.dossier}-${letter}`);
}

/**
 * Eerste Kamer letterheads ("…⏎⏎D MEMORIE VAN ANTWOORD", and the letter on the dossier's line,
 * ek-dossier-lines.ts): they have no word to anchor on, so every line start is checked, first by
 * character codes (most lines fail there), then by shape.
 */
export function findLetterLetterheads(text: string): readonly Detection[] {
  let out: Detection[] | null = null;
  let nl = -1;
  do {
    const found = letterheadAfter(text, nl);
    if (found) (out ??= []).push(found);
    nl = text.indexOf('\n', nl + 1);
  } while (nl >= 0);
  return out ?? NONE;
}

/**
 * Whether the dossier line whose text starts at `dossierAt` lies in an Eerste Kamer letterhead
 * that `findLetterLetterheads` reads: the first letter line below it, within the letterhead's
 * reach, has a letterhead that starts there or above.
 */
export function headsLetterLetterhead(text: string, dossierAt: number): boolean {
  let nl = text.indexOf('\n', dossierAt);
  for (let lines = 0; lines < MAX_LINES && nl >= 0 && nl - dossierAt < REACH; lines++) {
    const at = skipMarkup(text, nl + 1);
    if (mayBeLetterLine(text, at) && matchAt(LETTER_LINE, text, at)) {
      const head = letterheadAbove(text, at);
      return head !== null && head.start <= dossierAt;
    }
    nl = text.indexOf('\n', nl + 1);
  }
  return false;
}
