import { dossierId, kamerstukId, matchAt } from './grammar';
import { KIND_WORDS } from './kind-words';
import { detection } from './parser';
import type { Detection } from './types';

// Eerste Kamer papers whose letter stands on the dossier's line, with no title between:
//
//   34902 G BRIEF VAN DE MINISTER             (a letterhead whose title line text extraction
//   34 902 N VERSLAG VAN EEN NADER …           dropped or moved, as pages quote it)
//
//   34.902, F                                 (eerstekamer.nl's lists of a bill's papers: the
//                                              dossier with a dot, a comma, the letter, and the
//   Motie-Van Hattem (PVV) c.s. over …         paper's title below)
//
// A number and a capital at a line start are often something else (a table row, an amount with
// a grade, a postcode), so both shapes are strict: the dossier opens its line and lies in the
// range of dossier numbers (10 000–39 999); the letter (one to three capitals) is followed, on
// its line or after at most one empty line, by a document kind: in capitals after the letter
// alone ("G BRIEF"), or also in sentence case after the comma form ("F⏎⏎Motie-…"), where it is
// the first word of a kind officielebekendmakingen publishes (letterhead-shape.ts). A roman
// numeral of two or more characters, or I, V or X, is a budget chapter, not a letter ("36200 VII
// BRIEF" is a dossier's head without its number); such a chapter may stand before the letter
// ("36200 VII B BRIEF …" → kst-36200-VII-B), as may a begrotingsfonds letter ("36 600 B K
// VERSLAG" → kst-36600-B-K). After the list form's comma a single I, V or X is a letter. The
// list form takes dossiers from 20 000 on and a kind word that opens a title ("Brief van",
// "Motie-Van Hattem").

const DOSSIER = '([1-3]\\d[ .\\u00a0]?\\d{3})(?!\\d)';
/** The lists' dossiers: eerstekamer.nl lists bills from 1995 on (dossier 24 000 and later). */
const LISTED_DOSSIER = '([23]\\d[ .\\u00a0]?\\d{3})(?!\\d)';
/** A budget chapter or a begrotingsfonds letter ("36 600 B K VERSLAG"). */
const CHAPTER = '(?:[ \\u00a0]?[-\\u2013][ \\u00a0]?|[ \\u00a0]+)([IVXLC]{1,6}[AB]?|[A-Z])';
const TO_KIND = '(?:[ \\t]*\\n){0,2}[ \\t]*';
const KIND_CAPS = `(?:${KIND_WORDS.map((w) => w.toUpperCase()).join('|')})(?![A-Za-z\\u00c0-\\u024f])`;
/** A kind's first word in sentence case opening a title: "Motie-Van Hattem …", "Brief van …". */
const KIND_ANY = `(?:${KIND_WORDS.join('|')})[- ][A-Za-z]`;
/** "34902 G BRIEF …": groups dossier, chapter, letter. */
const LETTER_ON_LINE = new RegExp(
  `${DOSSIER}(?:${CHAPTER}(?=[ \\u00a0]+[A-Z]))?[ \\u00a0]+([A-Z]{1,3})(?![A-Za-z])(?=${TO_KIND}${KIND_CAPS})`,
  'y',
);
/** "34.902, F⏎⏎Motie-…": groups dossier, chapter, letter. */
const LISTED = new RegExp(
  `${LISTED_DOSSIER}(?:${CHAPTER})?,[ \\u00a0]?([A-Z]{1,3})(?=[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*(?:${KIND_CAPS}|${KIND_ANY}))`,
  'y',
);
/**
 * A budget chapter alone: two or more roman characters, or I, V, X (Koning, Buitenlandse Zaken,
 * Defensie), never read as a letter without a chapter before it.
 */
const CHAPTER_ONLY = /^(?:[IVXLC]{2,}[AB]?|[IVX])$/;
/** In the list form a single I, V or X after the comma is the letter ("34.534, I"). */
const LISTED_CHAPTER_ONLY = /^[IVXLC]{2,}[AB]?$/;

/**
 * The Eerste Kamer paper whose dossier opens the line at `at` in one of the shapes above: a
 * `kamerstuk` detection from the dossier to the letter, or null. `at` is where the line's text
 * starts (after markup).
 */
export function dossierLetterLine(text: string, at: number): Detection | null {
  const inline = matchAt(LETTER_ON_LINE, text, at);
  const m = inline ?? matchAt(LISTED, text, at);
  const [, raw, chapter, letter] = m ?? [];
  if (!m || raw === undefined || letter === undefined) return null;
  const chapterOnly = inline ? CHAPTER_ONLY : LISTED_CHAPTER_ONLY;
  if (chapter === undefined && chapterOnly.test(letter)) return null;
  const id = kamerstukId(dossierId(raw, chapter), letter);
  return detection(text, at, m.index + m[0].length, 'kamerstuk', id);
}
