import { kamerstukId } from './grammar';
import { detection } from './parser';
import type { Detection } from './types';

// Bare document numbers in the lists of a stemmingen or hamerstukken page of the Handelingen:
// "zijn goedgekeurd: 34722-1; 33997-95;", "af te voeren: 2017Z09721; 21501-08-692;
// 21501-08-693; 25087-170;". Without a keyword such a number is only trusted in the list shape:
// at least two codes (words of letters, digits and hyphens, such as tweedekamer.nl's
// "2017Z09721", or with a Rijkswet's number in parentheses, "35315-(R2137)-1") separated by
// ";", each opening a line or following ":" or ";", and none of them a number of digits alone
// that is no document (that is a list of amounts). A number is a document only in the compact
// form "DOSSIER[-(RNNNN)][-SUFFIX]-NR" with a dossier from 10 000 to 39 999 (see
// bill-numbers.ts) and at most four digits of number: amounts and ranges ("30000-40000"),
// phone numbers ("070-3707000"), ISBNs and zaak numbers stay unmarked. The Rijkswet's number is
// left out of the id (grammar.ts `RIJKSWET`). Anchored on ";", so a block without one costs a
// single search.

const DOCUMENT =
  /^([1-3]\d{4})(?:-\(R\d{3,4}\))?(?:-([IVXLC]{1,6}[AB]?|[A-Z]|\d{1,2}))?-(\d{1,4})$/;
/** Parentheses belong to a code only around a Rijkswet's number: "35315-(R2137)-1" (grammar.ts). */
const RIJKSWET_CODE = /^[^()]*-\(R\d{3,4}\)-[^()]*$/;
/** A code is at most this long; anything longer is not a list item. */
const MAX_CODE = 24;

interface Item {
  start: number;
  end: number;
  /** The ";" before the item, or -1 when it opens a line or follows ":". */
  after: number;
}

function isCodeChar(code: number): boolean {
  const lower = code | 0x20;
  return (
    (code >= 0x30 && code <= 0x39) ||
    (lower >= 0x61 && lower <= 0x7a) ||
    code === 0x2d ||
    code === 0x28 ||
    code === 0x29
  );
}

/** A code with parentheses anywhere but around a Rijkswet's number is no code. */
function isCode(text: string, start: number, end: number): boolean {
  const code = text.slice(start, end);
  return !/[()]/.test(code) || RIJKSWET_CODE.test(code);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function hasLetter(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const lower = text.charCodeAt(k) | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return true;
  }
  return false;
}

/** The code that ends just before the ";" at `semi`, or null when the part is not a code. */
function codeBefore(text: string, semi: number): Item | null {
  let end = semi;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= MAX_CODE && isCodeChar(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > MAX_CODE || !hasDigit(text, start, end)) return null;
  if (!isCode(text, start, end)) return null;
  let k = start;
  let newline = false;
  for (; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x0a || c === 0x0d) newline = true;
    else if (!isBlank(c)) break;
  }
  const left = k > 0 ? text.charCodeAt(k - 1) : -1;
  if (left === 0x3b) return { start, end, after: k - 1 };
  return k === 0 || newline || left === 0x3a ? { start, end, after: -1 } : null;
}

/** The last item of a list, after the ";" at `semi` and closing its line: "…; 25087-170". */
function codeAfter(text: string, semi: number): Item | null {
  let start = semi + 1;
  for (; start < text.length; start++) {
    const c = text.charCodeAt(start);
    if (!isBlank(c) && c !== 0x0a && c !== 0x0d) break;
  }
  let end = start;
  while (end < text.length && end - start <= MAX_CODE && isCodeChar(text.charCodeAt(end))) end++;
  if (start === end || end - start > MAX_CODE || !hasDigit(text, start, end)) return null;
  if (!isCode(text, start, end)) return null;
  let k = end;
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  const next = text.charCodeAt(k);
  const closes = k >= text.length || next === 0x0a || next === 0x0d || next === 0x2e;
  return closes ? { start, end, after: semi } : null;
}

/** Ends a run of items whose last ";" is at `last`: its documents go to `out` if it is a list. */
function closeRun(text: string, run: Item[], last: number, out: Detection[]): void {
  const tail = run.length > 0 ? codeAfter(text, last) : null;
  if (tail) run.push(tail);
  const found =
    run.length >= 2 ? run.map(({ start, end }) => DOCUMENT.exec(text.slice(start, end))) : [];
  // A code of digits alone that is no document ("30000-40000") makes it a list of numbers.
  const numbers = found.some(
    (m, k) => !m && !hasLetter(text, run[k]?.start ?? 0, run[k]?.end ?? 0),
  );
  if (!numbers) {
    for (const [k, m] of found.entries()) {
      const item = run[k];
      if (!m || !item) continue;
      const [, dossier = '', suffix, nr = ''] = m;
      const id = kamerstukId(suffix ? `${dossier}-${suffix}` : dossier, nr);
      out.push(detection(text, item.start, item.end, 'kamerstuk', id));
    }
  }
  run.length = 0;
}

const NONE: readonly Detection[] = [];

/** Document numbers in ";"-separated lists of codes (see above), in order of position. */
export function findDocumentLists(text: string): readonly Detection[] {
  let semi = text.indexOf(';');
  if (semi < 0) return NONE;
  const out: Detection[] = [];
  const run: Item[] = [];
  let last = -1;
  for (; semi >= 0; semi = text.indexOf(';', semi + 1)) {
    const item = codeBefore(text, semi);
    if (!item || (run.length > 0 && item.after !== last)) closeRun(text, run, last, out);
    if (item) run.push(item);
    last = semi;
  }
  closeRun(text, run, last, out);
  return out.length > 0 ? out : NONE;
}
