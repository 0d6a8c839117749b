import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { knowledgeBase, positionAt } from '../../src/core/data';
import {
  highlightSize,
  hover,
  launchFirefox,
  poll,
  press,
  tabIdOf,
  type FirefoxSession,
} from './harness';
import { attr, count, flip, openOptions, openPopup, reloadOptions, text } from './extension-pages';
import { inPopover } from './bidi';
import { popoverRef } from './popover';

const ARTICLE = 'https://nos.nl/artikel/chatcontrol.html';

describe('toolbar popup, options and research trail in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session.close();
  });

  async function openArticle(): Promise<{ page: Page; tabId: number }> {
    const page = await session.newPage();
    await page.goto(ARTICLE);
    await poll(() => highlightSize(page)).toBeGreaterThanOrEqual(2);
    return { page, tabId: await tabIdOf(session, page) };
  }

  it("the popup for ?tabId=N lists the tab's references with the page date and the cabinet's position", async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session, tabId);
    await poll(() => count(popup, '[data-kind-group="kamerstuk"] [data-ref-id]')).toBe(1);
    // Kamerstuk 26 643, nr. 1011 is a motion: listed with the motions, as the card names it.
    expect(await count(popup, '[data-kind-group="motie"] [data-ref-id="kst-26643-1011"]')).toBe(1);
    expect(await count(popup, '[data-ref-id="kst-26643-1011"]')).toBe(1);
    expect(await attr(popup, '[data-page-date]', 'data-page-date')).toBe('2024-10-05');
    const expected = positionAt(knowledgeBase.positions, '2024-10-05');
    expect(await attr(popup, '.position-line', 'data-position-date')).toBe('2024-10-05');
    expect(await attr(popup, '.position-line', 'data-stance')).toBe(expected.stance);
    expect(await attr(popup, '.position-line', 'data-position-source')).toBe(expected.source ?? '');
    // Firefox's own language is en-US here (no Dutch language pack): extension pages follow it.
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.close();
    await page.close();
  });

  it('the site switch removes marks and the open popover from the tab without a reload, and back', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session, tabId);
    const site = '[data-action="toggle-site"]';
    await poll(() => attr(popup, site, 'aria-pressed')).toBe('true');
    // A popover open first: switching off must take it away too.
    await hover(page, 'Kamerstuk 26 643, nr. 1011');
    await poll(() => popoverRef(page)).not.toBeNull();

    await flip(popup, site);
    await poll(() => highlightSize(page)).toBe(0);
    await poll(() => popoverRef(page)).toBeNull();
    await flip(popup, site);
    await poll(() => highlightSize(page)).toBeGreaterThanOrEqual(2);
    await popup.close();
    await page.close();
  });

  it('the global switch turns marking off everywhere and back on', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session, tabId);
    const global = '[data-action="toggle-global"]';
    await poll(() => attr(popup, global, 'aria-pressed')).toBe('true');
    await flip(popup, global);
    await poll(() => highlightSize(page)).toBe(0);
    await poll(() => highlightSize(page, 'kamerlens-term')).toBe(0);
    await flip(popup, global);
    await poll(() => highlightSize(page)).toBeGreaterThanOrEqual(2);
    await popup.close();
    await page.close();
  });

  it('options: switching terms off removes their marks from an open tab without a reload, and back on', async () => {
    const { page } = await openArticle();
    await poll(() => highlightSize(page, 'kamerlens-term')).toBeGreaterThan(0);
    const options = await openOptions(session);
    expect(await text(options, 'h1')).toBe('Kamerlens — settings');
    const terms = '[data-action="mark-terms"]';
    expect(await attr(options, terms, 'aria-pressed')).toBe('true');
    await flip(options, terms);
    await poll(() => highlightSize(page, 'kamerlens-term')).toBe(0);
    // Documents stay marked: only terms were switched off.
    expect(await highlightSize(page)).toBeGreaterThan(0);
    await flip(options, terms);
    await poll(() => highlightSize(page, 'kamerlens-term')).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('research trail (IndexedDB in the background page): off by default, then records the popover the reader opens', async () => {
    const options = await openOptions(session);
    const toggle = '[data-action="toggle-trail"]';
    expect(await attr(options, toggle, 'aria-pressed')).toBe('false');
    // Off: a popover opened on a page leaves no trace.
    const { page } = await openArticle();
    await hover(page, 'Kamerstuk 26 643, nr. 1011');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-26643-1011', kind: 'kamerstuk' });
    // Closed first: the open card may cover the next reference (the pointer would rest on it).
    await press(page, 'Escape');
    await poll(() => popoverRef(page)).toBeNull();
    await flip(options, toggle);
    await hover(page, '34 843');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });

    // The open options page follows without a reload.
    const visit = `[data-trail-ref="kst-34843-113"] [data-visit-url="${ARTICLE}"]`;
    await poll(() => count(options, visit)).toBe(1);
    expect(await text(options, `${visit} a`)).toBe(
      'Kabinet onthoudt zich van stem over chatcontrole',
    );
    expect(await count(options, '[data-trail-ref="kst-26643-1011"]')).toBe(0);

    // A note saved there is kept after a reload and shown in the sidebar, never in the card.
    const editor = '[data-note-for="kst-34843-113"]';
    await poll(() => count(options, `${editor} textarea`)).toBe(1);
    await options.type(`${editor} textarea`, 'Navragen bij de griffie');
    await options.click(`${editor} [data-action="save-note"]`);
    await poll(() => count(options, `${editor} [role="status"]`)).toBe(1);
    await reloadOptions(options);
    await poll(() =>
      options.evaluate(
        (s) => document.querySelector<HTMLTextAreaElement>(s)?.value ?? null,
        `${editor} textarea`,
      ),
    ).toBe('Navragen bij de griffie');
    expect(await count(options, visit)).toBe(1);
    await options.close();

    await press(page, 'Escape');
    await poll(() => popoverRef(page)).toBeNull();
    await hover(page, '34 843');
    // The card holds no note, only the constant way to the sidebar, where the note is.
    await poll(() =>
      inPopover(page, (root) => root.querySelector('[data-action="note"]') !== null, null),
    ).toBe(true);
    expect(await inPopover(page, (root) => root.textContent ?? '', null)).not.toContain(
      'Navragen bij de griffie',
    );
    const sidebar = await session.openExtensionPage(
      `src/sidepanel/index.html?tabId=${await tabIdOf(session, page)}`,
    );
    await sidebar.waitForSelector('main.panel');
    await sidebar.click('.refs [data-ref-id="kst-34843-113"] [data-action="choose"]');
    await poll(() =>
      sidebar.evaluate(
        (s) => document.querySelector<HTMLTextAreaElement>(s)?.value ?? null,
        `article.detail ${editor} textarea`,
      ),
    ).toBe('Navragen bij de griffie');
    await sidebar.close();
    await page.close();
  });
});
