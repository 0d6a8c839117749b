import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  highlightSize,
  hover,
  inExtension,
  launchFirefox,
  markedTexts,
  poll,
  press,
  recordRequests,
  tabIdOf,
  type FirefoxSession,
  type RecordedRequest,
} from './harness';
import { count, flip, openOptions, openPopup } from './extension-pages';
import { popoverRef } from './popover';

/**
 * Kamerlens makes no network requests in Firefox either. Firefox's network layer records every
 * http(s) request of the whole browser (pages, content scripts, extension pages and the add-on's
 * background page) while the add-on does everything it can do; only the fixture pages themselves
 * may appear, apart from Firefox's own housekeeping (system requests without a page).
 */

const PAGES = [
  'https://nos.nl/artikel/chatcontrol.html',
  'https://www.nos.nl/artikel/chatcontrol.html',
  'https://nos.nl/artikel/lang.html',
  'https://nos.nl/artikel/verwijdert-onbekend.html',
];
/**
 * A loopback address: if anything escaped the recorder, it still went nowhere. Not port 9 as in
 * Chromium's suite: Firefox refuses its banned ports before any request is made.
 */
const CANARY = 'https://127.0.0.1:4/kamerlens-canary';

/** The fixture page documents this test opened, and the favicon Firefox asks their hosts for. */
function isAllowed(request: RecordedRequest, visited: Set<string>): boolean {
  if (request.browserOwn || visited.has(request.url)) return true;
  const parsed = new URL(request.url);
  return (
    parsed.pathname === '/favicon.ico' &&
    [...visited].some((page) => new URL(page).origin === parsed.origin)
  );
}

interface BackgroundWindow {
  fetch(url: string): Promise<unknown>;
}

describe('no network requests in Firefox', () => {
  let session: FirefoxSession;
  let requests: () => Promise<RecordedRequest[]>;
  beforeAll(async () => {
    session = await launchFirefox();
    requests = await recordRequests(session.browser);
  });
  afterAll(async () => {
    await session.close();
  });

  it('the recorder sees requests of pages, extension pages and the background page', async () => {
    const page = await session.newPage();
    await page.goto(PAGES[0] ?? '');
    await page.evaluate((url) => fetch(`${url}?from=page`).catch(() => null), CANARY);
    await inExtension(
      session,
      async (url) => {
        const { runtime } = (
          globalThis as unknown as {
            browser: { runtime: { getBackgroundPage(): Promise<BackgroundWindow> } };
          }
        ).browser;
        await fetch(`${url}?from=extension-page`).catch(() => null);
        const background = await runtime.getBackgroundPage();
        await background.fetch(`${url}?from=background`).catch(() => null);
      },
      CANARY,
    );
    await poll(async () => (await requests()).map((r) => r.url)).toEqual(
      expect.arrayContaining([
        `${CANARY}?from=page`,
        `${CANARY}?from=extension-page`,
        `${CANARY}?from=background`,
      ]),
    );
    const background = (await requests()).find((r) => r.url.endsWith('from=background'));
    expect(background?.origin).toMatch(/^moz-extension:\/\//);
    await page.close();
  });

  it('none goes anywhere but the fixture pages', async () => {
    const before = (await requests()).length;
    // The canary above made the page report a CORS error; this test's pages must report none.
    const errorsBefore = session.pageErrors.length;
    const visited = new Set(PAGES);
    const opened: Page[] = [];
    for (const url of PAGES) {
      const page = await session.newPage();
      await page.goto(url);
      opened.push(page);
      if (!url.endsWith('/lang.html')) await poll(() => highlightSize(page)).toBeGreaterThan(0);
    }

    // Pointer and keyboard: popovers by hover, Alt+Shift+K, Escape.
    const article = opened[0] as Page;
    await hover(article, 'Kamerstuk 26 643, nr. 1011');
    await poll(() => popoverRef(article)).toMatchObject({ id: 'kst-26643-1011' });
    await press(article, 'Escape');
    await poll(() => popoverRef(article)).toBeNull();
    await press(article, 'Alt+Shift+KeyK');
    await poll(() => popoverRef(article)).not.toBeNull();
    await press(article, 'Escape');

    // The long page's last reference, marked once near the viewport.
    const long = opened[2] as Page;
    await hover(long, 'Kamerstuk 32 317, nr. 977');
    await poll(() => markedTexts(long)).toContain('Kamerstuk 32 317, nr. 977');
    await hover(long, 'Kamerstuk 32 317, nr. 977');
    await poll(() => popoverRef(long)).toMatchObject({ id: 'kst-32317-977' });

    // Popup with both switches off and on again; the options page with its switches.
    const popup = await openPopup(session, await tabIdOf(session, article));
    await poll(() => count(popup, '[data-ref-id]')).toBeGreaterThan(0);
    for (const action of ['toggle-site', 'toggle-global']) {
      await flip(popup, `[data-action="${action}"]`);
      await poll(() => highlightSize(article)).toBe(0);
      await flip(popup, `[data-action="${action}"]`);
      await poll(() => highlightSize(article)).toBeGreaterThan(0);
    }
    const options = await openOptions(session);
    for (const action of ['mark-terms', 'mark-every-term', 'toggle-trail']) {
      await flip(options, `[data-action="${action}"]`);
      await flip(options, `[data-action="${action}"]`);
    }

    for (const page of [...opened, popup, options]) await page.close();
    const made = (await requests()).slice(before);
    // The pages themselves were recorded: the recorder was listening.
    expect(made.map((r) => r.url)).toEqual(expect.arrayContaining(PAGES));
    expect(made.filter((r) => !isAllowed(r, visited))).toEqual([]);
    expect(session.pageErrors.slice(errorsBefore)).toEqual([]);
  });
});
