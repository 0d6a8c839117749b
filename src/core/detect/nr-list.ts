import { kamerstukId, matchAt, NOT_WORD_AFTER } from './grammar';
import { detection } from './parser';
import type { Detection } from './types';

// Document numbers after a dossier, in every form authors use (CONTRACT §2): "nr. 1011", "nr.3",
// "Nr. 986", "nummer 7", "no. 3", an Eerste Kamer letter ("nr. D", "letter K"), lists ("nrs. 854
// en 852", "nrs. 1, 2 en 5", "nrs. 3, 5 and 7"), ranges ("nrs. 20–23", "nrs. 5 t/m 7", "nrs. 112
// tot en met 114") and numbers with page references in between ("nr. 4, p. 3; nr. 9, p. 2",
// "nr. 4, p. 12 en 13, en nr. 8": the pages are not documents).
//
// Spans: the first number's detection starts at the citation's opening; every other number
// written out spans just its digits, so those detections stay contiguous slices that do not
// overlap. The numbers a range implies without writing them ("21" and "22" of "20–23") share the
// range's span, from its first digit to its last (CONTRACT §2).

export interface Numbered {
  /** Digits, an Eerste Kamer letter, or digits and a lower-case letter ("147a": see `LETTERED`). */
  nr: string;
  start: number;
  end: number;
}

/** A longer range is more likely a typo or a page range than a list of documents. */
export const MAX_RANGE = 60;

const WORD =
  '(?:[Nn][Rr]([sS])?\\.?|[Nn]ummers?(?![a-z])|[Nn][Oo]([sS])?\\.|[Nn]o(?=[ \\u00a0]\\d)|([Ll]etters?)(?![a-z]))';
const VALUE = `(?:(\\d+)(?!\\d)|([A-Z]{1,3})${NOT_WORD_AFTER})`;
const FIRST = new RegExp(`${WORD}\\s*${VALUE}`, 'y');
/** The word alone, when a list goes on with another "nr." ("nr. 4; nr. 9"). */
const AGAIN = new RegExp(`\\s*(?:[,;]\\s*)?(?:(?:en|and|&|idem,?)\\s+)?(?=${WORD}\\s*\\d)`, 'y');
/** Between the ends of a range: "20–23", "5 t/m 7", "112 tot en met 114", "C t/m E". */
const TO =
  '\\s*(?:[-\\u2010\\u2011\\u2013\\u2014]|t\\/m|t\\.m\\.|tot\\s+en\\s+met|tot|to|through)\\s*';
const RANGE = new RegExp(`${TO}(\\d+)(?![\\da-z])`, 'y');
/** A middle item of a list must be followed by another separator: ", 2 en 5". */
const MIDDLE = /\s*,\s*(\d+)(?![\da-z])(?=\s*(?:[,&]|en\s|and\s|t\/m|[-\u2013]\s*\d))/y;
const LAST = /(?:\s*,)?\s*(?:\ben|\band|&)\s*(\d+)(?![\da-z]|,\d)/y;
/**
 * A lower-case letter glued to a document number: "nr. 147a", "nr. 5a", a paper added later
 * between two numbers. Its officielebekendmakingen address is not certain, and dropping the
 * letter would name another paper, so such a number gets no id (a miss, never a wrong id).
 */
const LETTERED = /[a-z](?![A-Za-z0-9])/y;
/** A letter of a list or range ends there: not "E-mail", not "EU-landen". */
const LETTER_END = `${NOT_WORD_AFTER}(?![-\\u2010\\u2011][A-Za-z])`;
/** Eerste Kamer letters in a list: "nrs. E en F", "letters B, C en D". */
const MIDDLE_LETTER = new RegExp(
  `\\s*,\\s*([A-Z]{1,3})${LETTER_END}(?=\\s*(?:[,&]|en\\s|and\\s|t\\/m|[-\\u2013]\\s*[A-Z]))`,
  'y',
);
const LAST_LETTER = new RegExp(
  `(?:\\s*,)?\\s*(?:\\ben|\\band|&)\\s*([A-Z]{1,3})${LETTER_END}`,
  'y',
);
/**
 * A range of Eerste Kamer letters after a letter: "C t/m E", "D-F", "B tot en met D". A range
 * gives every letter from the first to the last in the Eerste Kamer's order (see `letterIndex`).
 */
const LETTER_RANGE = new RegExp(`${TO}([A-Z]{1,3})${LETTER_END}`, 'y');
/**
 * At most this many letters in a range, and at most this far apart two letters of a list: a
 * paper's letters run A … Z, AA, AB, …, so "A en EU" or "B t/m CDA" is no list of papers.
 */
export const MAX_LETTER_RANGE = 26;
/** "p. 3", "pp. 12-14", "blz. 4 en 5", "p. 12 en 13": page numbers, skipped. */
const PAGES =
  /\s*,?\s*(?:p|pp|blz|pag|pagina'?s?|page)\.?\s*\d+(?:\s*(?:[-\u2013]|en|and|t\/m|,)\s*\d+(?!\s*\.\d))*/y;
/** What must not follow a number: a date ("7 juni"), a decimal, a fraction or a percentage. */
const NOT_A_NUMBER =
  /\s*(?:[./:]\d|%|(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?![a-z]))/iy;

/**
 * The place of Eerste Kamer letters in their order: A = 1 … Z = 26, AA = 27, AB = 28 (the
 * letters run on after Z as "AA", "AB", as in "Kamerstukken EK, 2019-2020, 35 300, AB").
 */
function letterIndex(letters: string): number {
  let n = 0;
  for (let k = 0; k < letters.length; k++) n = n * 26 + (letters.charCodeAt(k) - 64);
  return n;
}

/** The letters at place `n` of the Eerste Kamer's order (inverse of `letterIndex`). */
function letterAt(n: number): string {
  let s = '';
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) {
    s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  }
  return s;
}

/** Whether `next` may follow `previous` in a list of one dossier's letters (see MAX_LETTER_RANGE). */
function followsLetter(previous: string, next: string): boolean {
  const gap = letterIndex(next) - letterIndex(previous);
  return gap > 0 && gap < MAX_LETTER_RANGE;
}

/** A range of letters after `first` ("C t/m E"), as `range` does for numbers. */
function letterRange(text: string, first: Numbered, items: Numbered[]): number | null {
  const m = matchAt(LETTER_RANGE, text, first.end);
  const last = m?.[1];
  if (!m || last === undefined || !followsLetter(first.nr, last)) return null;
  const end = LETTER_RANGE.lastIndex;
  const lastStart = end - last.length;
  const from = letterIndex(first.nr);
  const to = letterIndex(last);
  const letterStart = first.end - first.nr.length;
  for (let n = from + 1; n < to; n++) items.push({ nr: letterAt(n), start: letterStart, end });
  items.push({ nr: last, start: lastStart, end });
  return end;
}

function range(text: string, first: Numbered, items: Numbered[]): number | null {
  const m = matchAt(RANGE, text, first.end);
  const last = m?.[1];
  if (!m || last === undefined) return null;
  const from = Number(first.nr);
  const to = Number(last);
  if (!(to > from) || to - from > MAX_RANGE) return null;
  const end = RANGE.lastIndex;
  const lastStart = end - last.length;
  const numberStart = first.end - first.nr.length;
  for (let n = from + 1; n < to; n++) items.push({ nr: String(n), start: numberStart, end });
  items.push({ nr: last, start: lastStart, end });
  return end;
}

/** Items after a plural word: ", 2", "en 5", each possibly a range; or letters ("E en F"). */
function list(text: string, pos: number, items: Numbered[], letters: boolean): number {
  const [middleRe, lastRe] = letters ? [MIDDLE_LETTER, LAST_LETTER] : [MIDDLE, LAST];
  for (;;) {
    const middle = matchAt(middleRe, text, pos);
    const m = middle ?? matchAt(lastRe, text, pos);
    const value = m?.[1];
    if (!m || value === undefined) return pos;
    const end = m.index + m[0].length;
    // "nrs. 3 en 12 mei", "items 4 en 5,5": a date or a decimal ends the list before it.
    if (!letters && matchAt(NOT_A_NUMBER, text, end)) return pos;
    const item = { nr: value, start: end - value.length, end };
    const previous = items[items.length - 1];
    if (letters && previous && !followsLetter(previous.nr, value)) return pos;
    items.push(item);
    pos = (letters ? letterRange : range)(text, item, items) ?? end;
    if (!middle && !matchAt(middleRe, text, pos) && !matchAt(lastRe, text, pos)) return pos;
  }
}

/**
 * The numbers at `at` (a number word: "nr", "nrs.", "nummer", "no.", "letter"), or null when no
 * number follows. Page references after a number are skipped; a later "nr." in the same
 * sentence part continues the list ("nr. 4, p. 3; nr. 9").
 */
export function parseNumbers(text: string, at: number): Numbered[] | null {
  const items: Numbered[] = [];
  let pos = at;
  for (;;) {
    const first = matchAt(FIRST, text, pos);
    const nr = first?.[4] ?? first?.[5];
    if (!first || nr === undefined) break;
    // "letter" takes an Eerste Kamer letter, never a number ("letter 3" is not a document).
    if (first[3] !== undefined && first[5] === undefined) break;
    const end = FIRST.lastIndex;
    if (first[4] !== undefined && matchAt(LETTERED, text, end)) {
      items.push({ nr: nr + (text[end] ?? ''), start: end - nr.length, end: end + 1 });
      pos = end + 1;
      if (first[1] ?? first[2]) pos = list(text, pos, items, false);
      if (!matchAt(AGAIN, text, pos)) break;
      pos = AGAIN.lastIndex;
      continue;
    }
    if (first[4] !== undefined && matchAt(NOT_A_NUMBER, text, end)) break;
    const item = { nr, start: items.length === 0 ? at : end - nr.length, end };
    items.push(item);
    pos = end;
    pos = (first[4] !== undefined ? range : letterRange)(text, item, items) ?? pos;
    const plural = first[1] ?? first[2] ?? (first[3]?.endsWith('s') ? 's' : undefined);
    // A singular word before a list ("nr. 6, 7 en 9") when its middle item shows it is one; a
    // list of capitals is one after any word ("nr. D en E": no date or count reads so).
    const listed = plural !== undefined || first[5] !== undefined || matchAt(MIDDLE, text, pos);
    if (listed) pos = list(text, pos, items, first[5] !== undefined);
    if (matchAt(PAGES, text, pos)) pos = PAGES.lastIndex;
    if (!matchAt(AGAIN, text, pos)) break;
    pos = AGAIN.lastIndex;
  }
  return items.length > 0 ? items : null;
}

/**
 * `first` and what a range or list after it names, as after a plural number word: numbers ("4
 * en 5", "4-6", "4 t/m 6", "4, 5 en 7": the items of a Handelingen, handelingen.ts) or, with
 * `letters`, Eerste Kamer letters read after a dossier without a number word ("36 228, A en B",
 * "C t/m E", "A, B en C"; CONTRACT §2: one detection per paper of a range). Spans as
 * `parseNumbers` gives them.
 */
export function withFollowing(text: string, first: Numbered, letters: boolean): Numbered[] {
  const items = [first];
  list(text, (letters ? letterRange : range)(text, first, items) ?? first.end, items, letters);
  return items;
}

/** True for a number with a glued letter ("147a"), which gets no id (see `LETTERED`). */
export function isLettered(item: Numbered): boolean {
  return /\d[a-z]$/.test(item.nr);
}

/**
 * One kamerstuk detection per number of `items` in `dossier`, leaving out lettered numbers; the
 * first spans from `start` (the citation's opening), the others as `parseNumbers` gave them.
 * Ordered by start; empty when every number is lettered.
 */
export function kamerstukDetections(
  text: string,
  start: number,
  items: readonly Numbered[],
  dossier: string,
): Detection[] {
  return items
    .map((item, k) =>
      isLettered(item)
        ? null
        : detection(
            text,
            k === 0 ? start : item.start,
            item.end,
            'kamerstuk',
            kamerstukId(dossier, item.nr),
          ),
    )
    .filter((d): d is Detection => d !== null);
}
