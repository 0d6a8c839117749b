import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBase, positionAt } from '../../src/core/data';
import type { TabState } from '../../src/core/messages';
import type { Page } from 'playwright-core';
import {
  answeringTab,
  highlightSize,
  inExtension,
  launch,
  poll,
  popoverRef,
  tabIdOf,
  type Session,
} from './harness';
import {
  expectAccessible,
  grantInBrowserSettings,
  openOptions,
  openPopup,
  revokeInBrowserSettings,
} from './helpers-popup';

const ARTICLE = 'https://nos.nl/artikel/chatcontrol.html';

interface ChromeApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

async function openArticle(session: Session, url = ARTICLE) {
  const page = await session.context.newPage();
  await page.goto(url);
  await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
  return { page, tabId: await tabIdOf(session, page) };
}

describe('toolbar popup', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it("groups the tab's references by kind with counts, with the page date and the cabinet's position", async () => {
    const { page, tabId } = await openArticle(session);
    const popup = await openPopup(session, tabId);

    const documents = popup.locator('[data-kind-group="kamerstuk"]');
    await poll(() => documents.locator('[data-ref-id]').count()).toBe(1);
    expect(await documents.locator('h3').innerText()).toBe('Kamerstukken (1)');
    // Kamerstuk 26 643, nr. 1011 is a motion: listed with the motions, as the card names it.
    const motions = popup.locator('[data-kind-group="motie"]');
    expect(await motions.locator('[data-ref-id="kst-26643-1011"]').count()).toBe(1);
    expect(await documents.locator('[data-ref-id="kst-26643-1011"]').count()).toBe(0);
    const terms = popup.locator('[data-kind-group="term"]');
    const termCount = await terms.locator('[data-ref-id]').count();
    expect(termCount).toBeGreaterThan(0);
    expect(await terms.locator('h3').innerText()).toBe(`Begrippen (${termCount})`);

    const date = popup.locator('[data-page-date]');
    expect(await date.getAttribute('data-page-date')).toBe('2024-10-05');
    expect(await date.innerText()).toContain('5 oktober 2024');

    const expected = positionAt(knowledgeBase.positions, '2024-10-05');
    const position = popup.locator('.position-line');
    expect(await position.getAttribute('data-position-date')).toBe('2024-10-05');
    expect(await position.getAttribute('data-stance')).toBe(expected.stance);
    expect(await position.getAttribute('data-position-source')).toBe(expected.source ?? '');
    expect(await position.locator('a').getAttribute('href')).toContain(expected.source ?? '');

    await expectAccessible(popup);
    await popup.close();
    await page.close();
  });

  it('a reference clicked in the popup is scrolled to and its popover opened on the page', async () => {
    const { page, tabId } = await openArticle(session);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-ref-id="kst-34843-113"] [data-action="reveal"]').click();
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });
    await popup.close();
    await page.close();
  });

  it('the toolbar badge shows the number of document references on the tab', async () => {
    const { page, tabId } = await openArticle(session);
    const state = await inExtension(
      session,
      (id) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(id, {
          type: 'get-tab-state',
        }) as Promise<TabState>,
      tabId,
    );
    const documents = state.detections
      .filter((d) => d.kind !== 'term')
      .reduce((sum, d) => sum + d.count, 0);
    expect(documents).toBe(2);
    await poll(() =>
      inExtension(
        session,
        (id) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({
            tabId: id,
          }),
        tabId,
      ),
    ).toBe(String(documents));
    await page.close();
  });
});

describe('options page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('is accessible in light and dark, and switches between Dutch and English', async () => {
    const options = await openOptions(session);
    expect(await options.locator('h1').innerText()).toBe('Kamerlens — instellingen');
    await expectAccessible(options);

    await options.locator('#language').selectOption('en');
    await poll(() => options.locator('h1').innerText()).toBe('Kamerlens — settings');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(options);

    await options.locator('#language').selectOption('nl');
    await poll(() => options.locator('h1').innerText()).toBe('Kamerlens — instellingen');
    await options.close();
  });

  it('switching terms off removes their marks from an open tab without a reload, and back on', async () => {
    const { page } = await openArticle(session);
    await poll(() => highlightSize(page, 'kamerlens-term')).toBeGreaterThan(0);
    const options = await openOptions(session);
    const terms = options.locator('[data-action="mark-terms"]');
    expect(await terms.getAttribute('aria-pressed')).toBe('true');

    await terms.click();
    await poll(() => terms.getAttribute('aria-pressed')).toBe('false');
    await poll(() => highlightSize(page, 'kamerlens-term')).toBe(0);
    // Documents stay marked: only terms were switched off.
    expect(await highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);

    await terms.click();
    await poll(() => highlightSize(page, 'kamerlens-term')).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('switching documents off removes document marks, keyboard only', async () => {
    const { page } = await openArticle(session);
    const options = await openOptions(session);
    const documents = options.locator('[data-action="mark-documents"]');
    await documents.focus();
    await options.keyboard.press('Space');
    await poll(() => documents.getAttribute('aria-pressed')).toBe('false');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(0);
    await options.keyboard.press('Enter');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('stores the hover delay and "every occurrence", clamped to range', async () => {
    const options = await openOptions(session);
    const stored = () =>
      options.evaluate(
        async () =>
          (
            await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(
              'settings',
            )
          ).settings,
      );
    await options.locator('#hover-delay').fill('650');
    await options.locator('#hover-delay').press('Tab');
    await poll(stored).toMatchObject({ hoverDelayMs: 650 });
    await options.locator('#hover-delay').fill('99999');
    await options.locator('#hover-delay').press('Tab');
    await poll(stored).toMatchObject({ hoverDelayMs: 2000 });
    await options.locator('[data-action="mark-every-term"]').click();
    await poll(stored).toMatchObject({ markEveryTerm: true });
    await options.close();
  });

  it('shows the default sites, the keyboard shortcuts, and the data set date and counts', async () => {
    const options = await openOptions(session);
    const defaults = options.locator('[data-list="default-sites"] li');
    const sites = await defaults.allInnerTexts();
    for (const site of ['nos.nl', 'tweedekamer.nl', 'zoek.officielebekendmakingen.nl']) {
      expect(sites).toContain(site);
    }
    expect(await options.locator('[data-shortcut="Alt+Shift+K"]').innerText()).toContain(
      'volgende verwijzing',
    );
    expect(await options.locator('[data-shortcut="Alt+Shift+J"]').count()).toBe(1);
    const { meta, documents, terms, positions } = knowledgeBase;
    expect(await options.locator('[data-as-of]').getAttribute('data-as-of')).toBe(meta.asOf);
    expect(await options.locator('[data-counts]').innerText()).toContain(
      `${documents.length} documenten, ${terms.length} begrippen en ${positions.length}`,
    );
    await options.close();
  });
});

describe('sites the user adds', () => {
  const AD = 'https://www.ad.nl/politiek/chatcontrole.html';
  const AD_BARE = 'https://ad.nl/politiek/chatcontrole.html';
  const ORIGINS = ['https://ad.nl/*', 'https://www.ad.nl/*'];
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  const registered = () =>
    inExtension(
      session,
      async () => {
        const { scripting } = (
          globalThis as unknown as {
            chrome: {
              scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
            };
          }
        ).chrome;
        return (await scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
      },
      null,
    );

  /** Whether a content script answers in the tab showing `page`. */
  const answers = async (page: Page) => (await answeringTab(session, page)) !== null;

  it('refuses a default site and a non-site with a message', async () => {
    const options = await openOptions(session);
    const status = options.locator('[data-status="sites"]');
    await options.locator('#site-input').fill('https://www.nos.nl/artikel/1');
    await options.locator('[data-action="add-site"]').click();
    await poll(() => status.innerText()).toBe('Op deze site werkt Kamerlens al.');
    expect(await status.getAttribute('role')).toBe('alert');
    await options.locator('#site-input').fill('geen site');
    await options.locator('#site-input').press('Enter');
    await poll(() => status.innerText()).toBe('Dat is geen sitenaam of webadres.');
    await options.close();
  });

  it('a granted site is marked in an open tab at once and on new pages; removing it stops it', async () => {
    const before = await session.context.newPage();
    await before.goto(AD);
    expect(await answers(before)).toBe(false);

    await grantInBrowserSettings(session, ORIGINS);
    const options = await openOptions(session);
    await options.locator('#site-input').fill('ad.nl');
    await options.locator('[data-action="add-site"]').click();
    await poll(() => options.locator('[data-status="sites"]').innerText()).toBe(
      'ad.nl is toegevoegd: Kamerlens werkt daar nu.',
    );
    // The message shows first; the list follows once the grants are read again (SitesSection).
    await poll(() => options.locator('[data-user-site="ad.nl"]').count()).toBe(1);
    expect((await registered()).sort()).toEqual(ORIGINS);

    // The tab that was already open gets Kamerlens without a reload…
    await poll(() => highlightSize(before, 'kamerlens-document')).toBeGreaterThan(0);
    // …and so does a new page, under either host name.
    const fresh = await session.context.newPage();
    await fresh.goto(AD_BARE);
    await poll(() => highlightSize(fresh, 'kamerlens-document')).toBeGreaterThan(0);
    await expectAccessible(options);

    await options.locator('[data-user-site="ad.nl"] [data-action="remove-site"]').click();
    await poll(() => options.locator('[data-user-site]').count()).toBe(0);
    await poll(registered).toEqual([]);
    // The tab that was open all along stops without a reload.
    await poll(() => highlightSize(before, 'kamerlens-document')).toBe(0);
    await fresh.reload();
    expect(await answers(fresh)).toBe(false);
    expect(await highlightSize(fresh, 'kamerlens-document')).toBe(0);
    await Promise.all([before.close(), fresh.close(), options.close()]);
  });

  it("access taken away in the browser's settings unregisters the site and updates the list", async () => {
    await grantInBrowserSettings(session, ORIGINS);
    const options = await openOptions(session);
    await options.locator('#site-input').fill('www.ad.nl');
    await options.locator('#site-input').press('Enter');
    await poll(() => options.locator('[data-user-site="ad.nl"]').count()).toBe(1);
    await poll(registered).toHaveLength(2);

    await revokeInBrowserSettings(session, ORIGINS);
    await poll(() => options.locator('[data-user-site]').count()).toBe(0);
    await poll(registered).toEqual([]);
    const page = await session.context.newPage();
    await page.goto(AD);
    expect(await answers(page)).toBe(false);
    await Promise.all([page.close(), options.close()]);
  });
});
