import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  answeringTab,
  highlightSize,
  inExtension,
  launchFirefox,
  poll,
  type FirefoxSession,
} from './harness';
import { count, openOptions, text } from './extension-pages';

/**
 * Sites the user adds, in Firefox: the options page asks for the optional host permission from
 * the user's own click or key press (Firefox refuses `permissions.request` outside user input),
 * and Firefox grants it as if the user accepted the prompt (harness: the
 * `extensions.webextOptionalPermissionPrompts` preference); the add-on then registers its
 * content script for the site.
 */

const AD = 'https://www.ad.nl/politiek/chatcontrole.html';
const AD_BARE = 'https://ad.nl/politiek/chatcontrole.html';
const ORIGINS = ['https://ad.nl/*', 'https://www.ad.nl/*'];

interface Api {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
}

describe('sites the user adds, in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session.close();
  });

  /** Origins granted to the add-on and the match patterns of its registered content scripts. */
  const access = () =>
    inExtension(
      session,
      async () => {
        const browser = (globalThis as unknown as { browser: Api }).browser;
        const granted = (await browser.permissions.getAll()).origins ?? [];
        const scripts = await browser.scripting.getRegisteredContentScripts();
        return {
          granted: granted.filter((o) => o.includes('ad.nl')).sort(),
          registered: scripts.flatMap((s) => s.matches ?? []).sort(),
        };
      },
      null,
    );
  const answers = async (page: Page) => (await answeringTab(session, page)) !== null;

  async function addSite(options: Page, input: string, submit: 'click' | 'Enter') {
    await options.click('#site-input');
    await options.type('#site-input', input);
    if (submit === 'click') await options.click('[data-action="add-site"]');
    else await options.keyboard.press('Enter');
  }

  it('a site added by a click is granted, marked in an open tab at once and on new pages; removing it stops it', async () => {
    const before = await session.newPage();
    await before.goto(AD);
    expect(await answers(before)).toBe(false);

    const options = await openOptions(session);
    await addSite(options, 'ad.nl', 'click');
    await poll(() => text(options, '[data-status="sites"]')).toBe(
      'ad.nl was added: Kamerlens now works there.',
    );
    // The message shows first; the list follows once the grants are read again (SitesSection).
    await poll(() => count(options, '[data-user-site="ad.nl"]')).toBe(1);
    expect(await access()).toEqual({ granted: ORIGINS, registered: ORIGINS });

    // The tab that was already open gets Kamerlens without a reload…
    await poll(() => highlightSize(before)).toBeGreaterThan(0);
    // …and so does a new page, under either host name.
    const fresh = await session.newPage();
    await fresh.goto(AD_BARE);
    await poll(() => highlightSize(fresh)).toBeGreaterThan(0);

    await options.click('[data-user-site="ad.nl"] [data-action="remove-site"]');
    await poll(() => count(options, '[data-user-site]')).toBe(0);
    await poll(access).toEqual({ granted: [], registered: [] });
    // The tab that was open all along stops without a reload.
    await poll(() => highlightSize(before)).toBe(0);
    await fresh.reload();
    expect(await answers(fresh)).toBe(false);
    expect(await highlightSize(fresh)).toBe(0);
    await Promise.all([before.close(), fresh.close(), options.close()]);
  });

  it('access taken away outside the options page unregisters the site and updates the list', async () => {
    const options = await openOptions(session);
    await addSite(options, 'www.ad.nl', 'Enter');
    await poll(() => count(options, '[data-user-site="ad.nl"]')).toBe(1);
    await poll(access).toEqual({ granted: ORIGINS, registered: ORIGINS });

    // As the add-on's permission switch in about:addons does.
    await inExtension(
      session,
      (origins) =>
        (globalThis as unknown as { browser: Api }).browser.permissions.remove({ origins }),
      ORIGINS,
    );
    await poll(() => count(options, '[data-user-site]')).toBe(0);
    await poll(access).toEqual({ granted: [], registered: [] });
    const page = await session.newPage();
    await page.goto(AD);
    expect(await answers(page)).toBe(false);
    await Promise.all([page.close(), options.close()]);
  });
});
