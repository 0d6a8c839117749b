/** A mark's place on screen: viewport coordinates in CSS pixels, as getBoundingClientRect gives. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * The index of the reference to move to with "next" (1) or "previous" (-1), counted from where
 * the reader is, not from the last key press: the reader may have scrolled since.
 *
 * - If the mark moved to last (`current`) is still in view, the move is from it, so pressing
 *   again walks the page one reference at a time (wrapping at the ends).
 * - Otherwise "next" is the first mark that starts at or below the top of the window (the first
 *   in view, or the first below it), "previous" the last that ends at or above its bottom.
 *
 * `spanOf(i)` measures mark i; marks are in document order, so their tops rise with the index
 * and a binary search measures about log2(n) of them, not all. Returns -1 when there are none.
 */
export function stepTarget(
  count: number,
  direction: 1 | -1,
  current: number,
  spanOf: (index: number) => Span,
  viewportHeight: number,
): number {
  if (count === 0) return -1;
  const wrap = (i: number) => (i + count) % count;
  if (current >= 0 && current < count) {
    const span = spanOf(current);
    if (span.bottom > 0 && span.top < viewportHeight) return wrap(current + direction);
  }
  if (direction === 1) {
    const first = firstIndex(count, (i) => spanOf(i).top >= 0);
    return first === count ? 0 : first;
  }
  const after = firstIndex(count, (i) => spanOf(i).bottom > viewportHeight);
  return after === 0 ? count - 1 : after - 1;
}

/** The first index in [0, count) where `test` holds, assuming it holds for all later ones; else count. */
function firstIndex(count: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
