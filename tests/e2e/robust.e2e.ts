import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  highlightSize,
  inContentScript,
  inExtension,
  launch,
  markedTexts,
  pointOfText,
  poll,
  popoverRef,
  tabIdOf,
  UNMATCHED_HOST,
  type Session,
} from './harness';
import { frames, watchConsole } from './console-watch';

/**
 * What pages contain (issue 11): XML documents are not read, a page restored from the
 * back/forward cache gets its badge back and no stale card, and styles go only into the open
 * shadow roots that hold marks. Chromium keeps its back/forward cache here (Playwright turns it
 * off by default).
 */
const ARTICLE = 'https://nos.nl/artikel/chatcontrol.html';
const REF = { id: 'kst-26643-1011', kind: 'kamerstuk' };

interface ChromeAction {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

const badgeOf = (session: Session, tabId: number) =>
  inExtension(
    session,
    (id) =>
      (globalThis as unknown as { chrome: ChromeAction }).chrome.action.getBadgeText({
        tabId: id,
      }),
    tabId,
  );

/** The `kamerlens-…` elements in the document, as the page sees them. */
const ourElements = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => el.localName)
      .filter((name) => name.startsWith('kamerlens')),
  );

describe('robust against what pages contain', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ backForwardCache: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it.each([
    ['nieuws.rss', 'application/rss+xml'],
    ['nieuws.xml', 'text/xml'],
  ])(
    'an RSS feed served as %s (%s) gets no marks; pointer and keys raise nothing',
    async (file) => {
      const page = await session.context.newPage();
      const logged = await watchConsole(page);
      await page.goto(`https://nos.nl/feeds/${file}`);
      // Chromium may sniff text/xml holding <rss> as application/rss+xml: an XML type either way.
      expect(await page.evaluate(() => document.contentType)).toMatch(
        /^(text|application)\/(rss\+)?xml$/,
      );
      // The content script is injected (its world exists) and stands aside: it never starts.
      await poll(() =>
        inContentScript<boolean>(page, "Symbol.for('kamerlens.content') in globalThis").catch(
          () => null,
        ),
      ).toBe(false);
      expect(await page.evaluate(() => document.documentElement.textContent)).toContain(
        'Kamerstuk 26 643, nr. 1011',
      );

      // The reader moves over the whole feed and presses Kamerlens' keys.
      for (let y = 10; y < 600; y += 40) {
        for (let x = 10; x < 1000; x += 90) await page.mouse.move(x, y);
      }
      await page.keyboard.press('Alt+Shift+KeyK');
      await page.keyboard.press('Alt+Shift+KeyJ');
      await page.keyboard.press('Escape');
      await frames(page, 30);
      expect(
        await inContentScript<boolean>(page, "Symbol.for('kamerlens.content') in globalThis"),
      ).toBe(false);
      expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
      expect(await ourElements(page)).toEqual([]);
      expect(await popoverRef(page)).toBeNull();
      expect(logged).toEqual([]);
      expect(session.pageErrors).toEqual([]);
      await page.close();
    },
  );

  it('restored from the back/forward cache: the badge is back and the card left open is closed', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    await page.evaluate(() =>
      addEventListener('pageshow', (e) => {
        (window as unknown as { fromCache: boolean }).fromCache = e.persisted;
      }),
    );
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    const tabId = await tabIdOf(session, page);
    await poll(() => badgeOf(session, tabId)).toBe('2');
    const point = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).toEqual(REF);

    // Away to a site Kamerlens does not run on (the browser clears the tab's badge), and back.
    await page.goto(`https://${UNMATCHED_HOST}/artikel/leeg.html`);
    await poll(() => badgeOf(session, tabId)).toBe('');
    // A page restored from the cache fires no load event: wait for the commit only.
    await page.goBack({ waitUntil: 'commit' });
    await poll(() =>
      page.evaluate(() => (window as unknown as { fromCache?: boolean }).fromCache ?? null),
    ).toBe(true);
    await poll(() => popoverRef(page)).toBeNull();
    await poll(() => badgeOf(session, tabId)).toBe('2');
    // Marks are still there, and the card opens again for the reader.
    expect(await highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    await page.mouse.move(1, 1);
    const again = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(again.x, again.y);
    await poll(() => popoverRef(page)).toEqual(REF);
    await page.close();
  });

  it('styles and watchers go only into the open shadow roots that hold marks', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/schaduw.html');
    await poll(() => markedTexts(page)).toEqual(['Kamerstuk 26 643, nr. 1011']);
    const sheets = () =>
      page.evaluate(() =>
        ['met-verwijzing', 'zonder-verwijzing'].map((id) =>
          [...(document.getElementById(id)?.shadowRoot?.adoptedStyleSheets ?? [])].map((s) =>
            [...s.cssRules].map((r) => r.cssText).join(' '),
          ),
        ),
      );
    // The styles' code loads on the first mark in a shadow root, so they may follow the mark.
    await poll(async () => (await sheets())[0]?.length).toBe(1);
    const [withRef, without] = await sheets();
    expect(withRef?.[0]).toContain('::highlight(kamerlens-document)');
    expect(without).toEqual([]);

    // The root with marks is watched: a reference added there is marked too.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'En later: Kamerstuk 34 843, nr. 113.';
      document.getElementById('met-verwijzing')?.shadowRoot?.append(p);
      const q = document.createElement('p');
      q.textContent = 'Morgen: regen, 12 graden.';
      document.getElementById('zonder-verwijzing')?.shadowRoot?.append(q);
    });
    await poll(async () => (await markedTexts(page)).sort()).toEqual([
      'Kamerstuk 26 643, nr. 1011',
      'Kamerstuk 34 843, nr. 113',
    ]);
    expect((await sheets())[1]).toEqual([]);
    await page.close();
  });
});
