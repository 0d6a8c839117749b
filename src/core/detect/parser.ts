import type { Detection, RefKind } from './types';

/**
 * A citation parser: given the text and the position of a keyword the scanner found, returns the
 * detections that start there (in order, at least one), or null. A parser may return a first
 * detection that starts before `at` (a bare "26 643, nr. 1043" is found from its "nr."); the
 * scanner then drops glossary terms it had marked inside that span. A number means: nothing to
 * mark here, go on scanning from that position (the rest of a web address).
 */
export type Parser = (text: string, at: number, inner: InnerScan) => Detection[] | number | null;

/** Scans text[from, to) with the whole detector (for citations nested in a motion list). */
export type InnerScan = (text: string, from: number, to: number) => Detection[];

export function detection(
  text: string,
  start: number,
  end: number,
  kind: RefKind,
  id: string,
): Detection {
  return { start, end, text: text.slice(start, end), kind, id };
}
