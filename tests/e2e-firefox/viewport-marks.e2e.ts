import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marksInViewInPage } from '../e2e/fixtures';
import { inSandbox } from './bidi';
import { hover, launchFirefox, poll, type FirefoxSession } from './harness';
import { popoverRef } from './popover';

/**
 * As tests/e2e/viewport-marks.e2e.ts, in Firefox: marks are registered only near the reader, and
 * whatever way the reader gets to a reference, its mark is there (the fixture's comment says
 * where that can fail).
 */
const PAGE = 'https://nos.nl/artikel/ver-weg.html';

const inView = (page: Page) => inSandbox(page, marksInViewInPage, undefined);

/** Waits until every reference in the window is marked; returns those in the window. */
async function allInViewMarked(page: Page): Promise<string[]> {
  let last = { seen: [] as string[], missing: [] as string[] };
  await poll(async () => {
    last = await inView(page);
    return last.missing;
  }).toEqual([]);
  return last.seen;
}

describe('every reference the reader scrolls to is marked, in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session.close();
  });

  it('at the top, End (the last block), PageDown step by step, and after the page rewrites distant paragraphs', async () => {
    const page = await session.newPage();
    await page.goto(PAGE);
    await poll(async () => (await inView(page)).seen).toContain('Hongaarse voorzitterschap');
    await allInViewMarked(page);

    await page.keyboard.press('End');
    await poll(async () => (await inView(page)).seen).toContain('Kamerstuk 25 443, nr. 5');
    await allInViewMarked(page);
    await hover(page, 'Kamerstuk 25 443, nr. 5');
    await poll(async () => (await popoverRef(page))?.id).toBe('kst-25443-5');
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);

    await page.keyboard.press('Home');
    await poll(() => page.evaluate(() => scrollY)).toBe(0);
    const seen = new Set<string>();
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let step = 0; step < 200; step++) {
      for (const ref of await allInViewMarked(page)) seen.add(ref);
      const before = await page.evaluate(() => scrollY);
      if (before >= bottom - 1) break;
      await page.keyboard.press('PageDown');
      await poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
      // The step's (smooth) scroll ends before the marks are judged.
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
      [...document.querySelectorAll<HTMLElement>('p[data-ref]')].map((p) => p.dataset.ref ?? ''),
    );
    expect([...seen].sort()).toEqual([...all].sort());

    await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
    for (const text of ['Kamerstuk 26 643, nr. 1043', 'Kamerstuk 26 643, nr. 908']) {
      await hover(page, text);
      await poll(async () => (await inView(page)).seen).toContain(text);
      await allInViewMarked(page);
    }
    await page.close();
  });
});
