import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST,
  EXTENSION_ID,
  extensionUrl,
  highlightSize,
  inContentScript,
  launch,
  markedTexts,
  OPTIONS_PAGE,
  pointOfText,
  poll,
  popoverRef,
  POPUP_PAGE,
  recordRequests,
  tabIdOf,
  type RecordedRequest,
  type Session,
} from './harness';

/**
 * Kamerlens makes no network requests at all. Every request in the browser context is recorded
 * while the extension does everything it can do (mark pages, open popovers by pointer and
 * keyboard, popup, options); only the fixture pages themselves and the extension's own files
 * may appear.
 */

const PAGES = [
  'https://nos.nl/artikel/chatcontrol.html',
  'https://www.nos.nl/artikel/chatcontrol.html',
  'https://nos.nl/artikel/lang.html',
  'https://nos.nl/artikel/verwijdert-onbekend.html',
];
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
/** A loopback address: if anything escaped the recorder, it still went nowhere. */
const CANARY = 'https://127.0.0.1:9/kamerlens-canary';

function hasBackground(): boolean {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as {
    background?: unknown;
  };
  return manifest.background !== undefined;
}

/** The fixture page documents this test opened, and the favicon Chromium asks their hosts for. */
function isAllowed(url: string, visited: Set<string>): boolean {
  if (url.startsWith(EXTENSION_ORIGIN)) return true;
  if (visited.has(url)) return true;
  const parsed = new URL(url);
  return (
    parsed.pathname === '/favicon.ico' &&
    [...visited].some((page) => new URL(page).origin === parsed.origin)
  );
}

describe('no network requests', () => {
  let session: Session;
  let requests: RecordedRequest[];
  let worker: Worker | null = null;

  beforeAll(async () => {
    session = await launch();
    requests = recordRequests(session.context);
    if (hasBackground()) {
      worker =
        session.context.serviceWorkers().find((w) => w.url().startsWith(EXTENSION_ORIGIN)) ??
        (await session.context.waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith(EXTENSION_ORIGIN),
        }));
    }
  });
  afterAll(async () => {
    await session.close();
  });

  it('the recorder sees requests from the content script, extension pages and the worker', async () => {
    const page = await session.context.newPage();
    await page.goto(PAGES[0] ?? '');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    await inContentScript(page, `fetch('${CANARY}?from=content').catch(() => null)`);
    const options = await session.context.newPage();
    await options.goto(extensionUrl(OPTIONS_PAGE));
    await options.evaluate((url) => fetch(`${url}?from=extension-page`).catch(() => null), CANARY);
    const expected = [`${CANARY}?from=content`, `${CANARY}?from=extension-page`];
    if (worker) {
      await worker.evaluate((url) => fetch(`${url}?from=worker`).catch(() => null), CANARY);
      expected.push(`${CANARY}?from=worker`);
    }
    await poll(() => Promise.resolve(requests.map((r) => r.url))).toEqual(
      expect.arrayContaining(expected),
    );
    await options.close();
    await page.close();
  });

  it('none goes anywhere but the fixture pages and the extension itself', async () => {
    const before = requests.length;
    const visited = new Set(PAGES);
    const opened: Page[] = [];
    for (const url of PAGES) {
      const page = await session.context.newPage();
      opened.push(page);
      await page.goto(url);
      // The long page's only reference is far below the fold: it is marked when scrolled to.
      if (!url.endsWith('/lang.html'))
        await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    }

    // Pointer: rest on a reference until its popover shows.
    const article = opened[0] as Page;
    await article.bringToFront();
    const point = await pointOfText(article, 'Kamerstuk 26 643, nr. 1011');
    await article.mouse.move(point.x, point.y);
    await poll(() => popoverRef(article)).toMatchObject({ id: 'kst-26643-1011' });
    await article.keyboard.press('Escape');
    await poll(() => popoverRef(article)).toBeNull();
    // Keyboard: the next reference and its popover, with focus inside.
    await article.keyboard.press('Alt+Shift+K');
    await poll(() => popoverRef(article)).not.toBeNull();
    await article.keyboard.press('Escape');

    // The long page's last reference.
    const long = opened[2] as Page;
    await long.bringToFront();
    const far = await pointOfText(long, 'Kamerstuk 32 317, nr. 977');
    // Marked once it is near the viewport; a pointer that arrives earlier finds nothing to rest on.
    await poll(() => markedTexts(long)).toContain('Kamerstuk 32 317, nr. 977');
    await long.mouse.move(far.x, far.y);
    await poll(() => popoverRef(long)).toMatchObject({ id: 'kst-32317-977' });

    // Popup: the tab's detections, both switches off and on again; then the options page.
    const tabId = await tabIdOf(session, article);
    const popup = await session.context.newPage();
    await popup.goto(`${extensionUrl(POPUP_PAGE)}?tabId=${tabId}`);
    await poll(() => popup.locator('[data-ref-id]').count()).toBeGreaterThan(0);
    for (const action of ['toggle-site', 'toggle-global']) {
      const toggle = popup.locator(`[data-action="${action}"]`);
      await poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.click();
      await poll(() => highlightSize(article, 'kamerlens-document')).toBe(0);
      await toggle.click();
      await poll(() => highlightSize(article, 'kamerlens-document')).toBeGreaterThan(0);
    }
    const options = await session.context.newPage();
    await options.goto(extensionUrl(OPTIONS_PAGE));
    await poll(() => options.locator('input, select, button').count()).toBeGreaterThan(0);
    for (const control of await options.locator('input[type="checkbox"]').all()) {
      await control.click();
      await control.click();
    }

    for (const page of [...opened, popup, options]) await page.close();
    const made = requests.slice(before);
    // The extension's own files were loaded: the recorder was listening.
    expect(made.some((r) => r.url.startsWith(EXTENSION_ORIGIN))).toBe(true);
    expect(made.filter((r) => !isAllowed(r.url, visited))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
