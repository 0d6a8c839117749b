import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marksInViewInPage } from './fixtures';
import { launch, pointOfText, poll, popoverRef, type Session } from './harness';

/**
 * Marks are registered only near the reader (viewport-marks.ts). Whatever way the reader gets to
 * a reference, its mark must be there: this page puts references where that can fail (see the
 * fixture's comment) and the reader scrolls to each by keyboard, step by step and by jumps.
 */
const PAGE = 'https://nos.nl/artikel/ver-weg.html';

/** Waits until every reference in the window is marked; returns those in the window. */
async function allInViewMarked(page: Page): Promise<string[]> {
  let last = { seen: [] as string[], missing: [] as string[] };
  await poll(async () => {
    last = await page.evaluate(marksInViewInPage);
    return last.missing;
  }).toEqual([]);
  return last.seen;
}

/** Rests the pointer on `text` (already in view) until the card for `id` shows, then closes it. */
async function cardOpensOn(page: Page, text: string, id: string): Promise<void> {
  const point = await page.evaluate((needle) => {
    for (const p of document.querySelectorAll<HTMLElement>('p[data-ref]')) {
      const node = p.firstChild as Text;
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`not on the page: ${text}`);
  let nudge = 0;
  await poll(async () => {
    await page.mouse.move(point.x + (nudge++ % 2), point.y);
    return (await popoverRef(page))?.id;
  }).toBe(id);
  await page.keyboard.press('Escape');
  await poll(() => popoverRef(page)).toBeNull();
  await page.mouse.move(2, 2);
}

describe('every reference the reader scrolls to is marked', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE);
    // Marked once scanned (a hook cannot poll with expect).
    await page.waitForFunction(() => (CSS.highlights.get('kamerlens-document')?.size ?? 0) > 0);
  });
  afterAll(async () => {
    await session.close();
  });

  it('at the top, a term marked only once the page is known to be about the regulation', async () => {
    expect(await allInViewMarked(page)).toContain('Hongaarse voorzitterschap');
    await cardOpensOn(page, 'Hongaarse voorzitterschap', 'term-hongaars-voorzitterschap');
  });

  it('End: the reference in the last block; Home: back to the first', async () => {
    await page.keyboard.press('End');
    await poll(async () => (await page.evaluate(marksInViewInPage)).seen).toContain(
      'Kamerstuk 25 443, nr. 5',
    );
    await allInViewMarked(page);
    await cardOpensOn(page, 'Kamerstuk 25 443, nr. 5', 'kst-25443-5');
    await page.keyboard.press('Home');
    await poll(async () => (await page.evaluate(marksInViewInPage)).seen).toContain(
      'Hongaarse voorzitterschap',
    );
    await allInViewMarked(page);
  });

  it('PageDown from top to bottom: marked at every step, the reference after a long gap too', async () => {
    await page.keyboard.press('Home');
    await poll(() => page.evaluate(() => scrollY)).toBe(0);
    const seen = new Set<string>();
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let step = 0; step < 100; step++) {
      for (const ref of await allInViewMarked(page)) seen.add(ref);
      const before = await page.evaluate(() => scrollY);
      if (before >= bottom - 1) break;
      await page.keyboard.press('PageDown');
      await poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
      // The step's (possibly smooth) scroll ends before the marks are judged.
      await poll(() =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const y = scrollY;
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY === y)));
            }),
        ),
      ).toBe(true);
    }
    const all = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('p[data-ref]')].map((p) => p.dataset.ref),
    );
    expect([...seen].sort()).toEqual([...all].sort());
    await pointOfText(page, ['Kamerstuk 34 843, nr. 112', 0.5]);
    await cardOpensOn(page, 'Kamerstuk 34 843, nr. 112', 'kst-34843-112');
  });

  it('distant paragraphs the page rewrites in one task, last first, are marked where they are', async () => {
    await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
    const rewritten = [
      { text: 'Kamerstuk 26 643, nr. 1043', id: 'kst-26643-1043' },
      { text: 'Kamerstuk 26 643, nr. 908', id: 'kst-26643-908' },
      { text: 'Kamerstuk 26 643, nr. 1011', id: 'kst-26643-1011' },
    ];
    for (const { text, id } of rewritten) {
      await pointOfText(page, [text, 0.5]);
      await poll(async () => (await page.evaluate(marksInViewInPage)).seen).toContain(text);
      await allInViewMarked(page);
      await cardOpensOn(page, text, id);
    }
  });
});
