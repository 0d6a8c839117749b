import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, poll, type Session } from './harness';
import { openOptions } from './helpers-popup';

/**
 * A settings change the browser cannot store (issue 11: every storage failure in the options
 * says what happened and what to do): `storage.local` is filled to its quota (10 MB without
 * `unlimitedStorage`), so the next write is refused.
 */
interface Local {
  set(items: object): Promise<void>;
  remove(key: string): Promise<void>;
  getBytesInUse(keys: null): Promise<number>;
  QUOTA_BYTES: number;
}

/** Fills the extension's storage.local up to a few hundred bytes below its quota. */
const fill = (page: Page) =>
  page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
    const used = await storage.local.getBytesInUse(null);
    // The key and the JSON quotes count too.
    const room = storage.local.QUOTA_BYTES - used - 'ballast'.length - 2 - 200;
    await storage.local.set({ ballast: 'x'.repeat(room) });
    return storage.local.QUOTA_BYTES - (await storage.local.getBytesInUse(null));
  });

describe('a settings change the browser cannot store', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('says so and what to do, and shows the settings as they are', async () => {
    const options = await openOptions(session);
    const toggle = options.locator('[data-action="toggle-trail"]');
    await poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await fill(options)).toBeLessThan(400);

    await toggle.click();
    const alert = options.locator('[data-status="settings"]');
    await poll(() => alert.innerText()).toMatch(
      /^De wijziging is niet opgeslagen \(.*quota.*\); de instellingen hieronder zijn zoals ze waren\. Is de schijf vol, maak dan ruimte vrij; laad deze pagina anders opnieuw en probeer het nog eens\.$/i,
    );
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    // With room again the same change is stored, and the message goes.
    await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: Local } } }
      ).chrome.storage.local.remove('ballast'),
    );
    await toggle.click();
    await poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await alert.innerText()).toBe('');
    await options.reload();
    await poll(() =>
      options.locator('[data-action="toggle-trail"]').getAttribute('aria-pressed'),
    ).toBe('true');
    await options.close();
  });
});
