// Footnote markers that a page sets apart by markup, a <sup> ("nr. 760<sup>4</sup>"; a link in it
// or around it alike). In the text the detector reads they would
// run into the number before them ("nr. 7604", a wrong paper), so the markup's readers (the
// content script's block walk, the `scan` command's HTML reader) hand the detector a copy in which
// the marker's characters are U+200B: the detector drops zero-width characters (normalize.ts), so
// the marker neither joins nor splits what is around it, and offsets stay those of the page's text.

/** One to three digits, perhaps in brackets or parentheses, as footnote markers are written. */
const FOOTNOTE_MARK = /^\s*[[(]?\d{1,3}[\])]?\s*$/;
const VISIBLE = /\S/g;
const ZERO_WIDTH_SPACE = '\u200b';

/** True when `text` (the whole text of a <sup>) is a footnote marker. */
export function isFootnoteMark(text: string): boolean {
  return FOOTNOTE_MARK.test(text);
}

/** `text` with every character but white space as U+200B: same length, nothing to read. */
export function maskFootnoteMark(text: string): string {
  return text.replace(VISIBLE, ZERO_WIDTH_SPACE);
}

/**
 * `text` with the spans `[spans[2k], spans[2k + 1])` (UTF-16 offsets, in order, not
 * overlapping) masked as `maskFootnoteMark` does; the same string when there are none.
 */
export function maskFootnoteSpans(text: string, spans: readonly number[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k + 1 < spans.length; k += 2) {
    const start = spans[k] ?? 0;
    const end = spans[k + 1] ?? start;
    parts.push(text.slice(at, start), maskFootnoteMark(text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
