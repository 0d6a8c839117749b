import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highlightSize,
  launch,
  pointOfText,
  poll,
  popoverHostTag,
  popoverRef,
  type Session,
} from './harness';
import { frames, watchConsole } from './console-watch';

const ARTICLE = 'https://nos.nl/artikel/chatcontrol.html';

describe('a clean exit', () => {
  let session: Session;
  beforeAll(async () => {
    // Developer mode, so the reloaded extension comes back (as an update would).
    session = await launch({ developerMode: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it('an extension reload with a page open: marks and popover go, the page hears nothing; the reloaded page is marked again', async () => {
    const page = await session.context.newPage();
    const logged = await watchConsole(page);
    await page.goto(ARTICLE);
    await page.evaluate(() => {
      const w = window as unknown as { preloadErrors: number };
      w.preloadErrors = 0;
      addEventListener('vite:preloadError', () => (w.preloadErrors += 1), true);
    });
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    const point = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).not.toBeNull();

    // The extension is reloaded (as an update does) while its card shows.
    const worker =
      session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    const restarted = session.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => {
      (
        globalThis as unknown as { chrome: { runtime: { reload(): void } } }
      ).chrome.runtime.reload();
    });
    await poll(() => highlightSize(page, 'kamerlens-document'), 10_000).toBe(0);
    await poll(() => popoverHostTag(page)).toBeNull();
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);

    // The reader goes on: pointer, the old keys, Escape. Nothing of ours answers or throws.
    await page.mouse.move(1, 1);
    await page.mouse.move(point.x, point.y);
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.keyboard.press('Escape');
    await frames(page, 60);
    expect(await popoverHostTag(page)).toBeNull();
    expect(await highlightSize(page, 'kamerlens-document')).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { preloadErrors: number }).preloadErrors),
    ).toBe(0);
    expect(logged).toEqual([]);
    expect(session.pageErrors).toEqual([]);

    // Reloading the page runs the reloaded extension's content script: marked again, and the
    // card opens again.
    await restarted;
    await page.reload();
    await poll(() => highlightSize(page, 'kamerlens-document'), 15_000).toBeGreaterThanOrEqual(2);
    const again = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(again.x, again.y);
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-26643-1011', kind: 'kamerstuk' });
    expect(logged).toEqual([]);

    await page.close();
  });
});
