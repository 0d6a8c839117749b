import { describe, expect, it } from 'vitest';
import { stepTarget, type Span } from '../../../src/content/step';

/** Marks 100 px apart, 20 px high, on a page scrolled down by `scroll` px; window 800 px high. */
function page(count: number, scroll: number) {
  const measured: number[] = [];
  const spanOf = (i: number): Span => {
    measured.push(i);
    return { top: i * 100 - scroll, bottom: i * 100 - scroll + 20 };
  };
  return { spanOf, measured };
}

describe('stepTarget', () => {
  it('walks on from the last reference while it is still in view', () => {
    const { spanOf } = page(50, 0);
    expect(stepTarget(50, 1, 3, spanOf, 800)).toBe(4);
    expect(stepTarget(50, -1, 3, spanOf, 800)).toBe(2);
  });

  it('counts from the viewport once the reader has scrolled away from it', () => {
    // Scrolled to 2050 px: marks 21–28 are in view; the last press was at mark 3.
    const { spanOf } = page(50, 2050);
    expect(stepTarget(50, 1, 3, spanOf, 800)).toBe(21);
    expect(stepTarget(50, -1, 3, spanOf, 800)).toBe(28);
    // No press yet: the same.
    expect(stepTarget(50, 1, -1, spanOf, 800)).toBe(21);
  });

  it('wraps at the ends of the page', () => {
    const below = page(10, 5000).spanOf; // scrolled past every mark
    expect(stepTarget(10, 1, -1, below, 800)).toBe(0);
    expect(stepTarget(10, -1, -1, below, 800)).toBe(9);
    const top = page(10, -2000).spanOf; // every mark below the window
    expect(stepTarget(10, -1, -1, top, 800)).toBe(9);
    expect(stepTarget(10, 1, 9, page(10, 300).spanOf, 800)).toBe(0);
  });

  it('measures only a few marks on a long page', () => {
    const { spanOf, measured } = page(100_000, 5_000_000);
    expect(stepTarget(100_000, 1, -1, spanOf, 800)).toBe(50_000);
    expect(measured.length).toBeLessThan(25);
    expect(stepTarget(0, 1, -1, spanOf, 800)).toBe(-1);
  });
});
