import { kamerstukId, matchAt } from './grammar';
import { detection } from './parser';
import type { Detection } from './types';

// Document numbers after a dossier: "nr. 1011", "nr.3", "Nr. 986", and lists "nrs. 854 en 852",
// "nrs. 1, 2 en 5". A list yields one entry per number; the first entry's span starts at "nr",
// later entries span only their number, so every detection's text stays a contiguous slice and
// no two detections overlap.

export interface Numbered {
  nr: string;
  start: number;
  end: number;
}

const NR = /[Nn][Rr]([sS])?\.?\s*(\d+)(?!\d)/y;
/** A middle item of a list must be followed by another separator: ", 2 en 5". */
const MIDDLE = /\s*,\s*(\d+)(?!\d)(?=\s*(?:,|&|en\s))/y;
const LAST = /(?:\s*,)?\s*(?:\ben|&)\s*(\d+)(?!\d)/y;

/** The numbers at `at` ("nr…"), or null when no number follows. */
export function parseNumbers(text: string, at: number): Numbered[] | null {
  const first = matchAt(NR, text, at);
  const nr = first?.[2];
  if (!first || nr === undefined) return null;
  const items: Numbered[] = [{ nr, start: at, end: NR.lastIndex }];
  if (first[1] === undefined) return items;
  let pos = NR.lastIndex;
  for (;;) {
    const middle = matchAt(MIDDLE, text, pos);
    const m = middle ?? matchAt(LAST, text, pos);
    const value = m?.[1];
    if (!m || value === undefined) break;
    const end = m.index + m[0].length;
    items.push({ nr: value, start: end - value.length, end });
    pos = end;
    if (!middle) break;
  }
  return items;
}

/**
 * One kamerstuk detection per number of `items` in `dossier`; the first spans from `start` (the
 * citation's opening), the others only their number.
 */
export function kamerstukDetections(
  text: string,
  start: number,
  items: readonly Numbered[],
  dossier: string,
): Detection[] {
  return items.map((item, k) =>
    detection(
      text,
      k === 0 ? start : item.start,
      item.end,
      'kamerstuk',
      kamerstukId(dossier, item.nr),
    ),
  );
}
