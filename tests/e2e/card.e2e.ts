import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickInPopover,
  focusInPopover,
  inExtension,
  inPopover,
  launch,
  poll,
  popoverRef,
  type Session,
} from './harness';
import { cardState } from './helpers-card';
import { DOSSIER, openArticle, sendCommand, setSettings } from './helpers-panel';

/** The day written out beside the card's date field, read through the closed root. */
function writtenDate(page: Page): Promise<string | null | undefined> {
  return inPopover(page, (root) => root.querySelector('.date-written')?.textContent, undefined);
}

describe('the card from the keyboard', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await setSettings(session, { language: 'auto' });
    await session.close();
  });

  const WRITTEN = {
    nl: ['5 oktober 2024', '15 januari 2025'],
    en: ['5 October 2024', '15 January 2025'],
  } as const;
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: its date field changes with the arrow keys and typed digits, keeping focus; the day is written out beside it`, async () => {
      await setSettings(session, { language: lang });
      const { page, tabId } = await openArticle(session, DOSSIER, { width: 1366, height: 650 });
      await page.evaluate(() => document.querySelectorAll('article p')[0]?.scrollIntoView());
      await sendCommand(session, tabId, 1);
      await poll(async () => (await popoverRef(page))?.id).toBe('kst-34843-113');
      expect((await cardState(page))?.data.positionDate).toBe('2024-10-05');
      expect(await writtenDate(page)).toBe(WRITTEN[lang][0]);
      await focusInPopover(page, 'input[type="date"]');
      await page.keyboard.press('ArrowUp');
      await poll(async () => (await cardState(page))?.data.positionDate).not.toBe('2024-10-05');
      const monthFirst = (await cardState(page))?.data.positionDate === '2024-11-05';
      await page.keyboard.press('ArrowDown');
      await poll(async () => (await cardState(page))?.data.positionDate).toBe('2024-10-05');
      expect((await cardState(page))?.focused).toBe('pick-date');
      // "01152025" once became 30 January 2023: now every digit lands where it was typed.
      await page.keyboard.type(monthFirst ? '01152025' : '15012025');
      await poll(async () => (await cardState(page))?.data).toMatchObject({
        positionDate: '2025-01-15',
        refId: 'kst-34843-113',
      });
      expect((await cardState(page))?.focused).toBe('pick-date');
      expect(await writtenDate(page)).toBe(WRITTEN[lang][1]);
      await page.close();
    });
  }

  it('keeps Tab inside the card until Escape returns focus to the page', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
    await sendCommand(session, tabId, 1);
    await poll(() => popoverRef(page)).not.toBeNull();
    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const state = await cardState(page);
      expect(state?.focused, `Tab ${i + 1}`).not.toBeNull();
      seen.add(state?.focused ?? '');
    }
    // The cycle went round: the close button, links and "more" were all reached.
    expect(seen.has('more')).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect((await cardState(page))?.focused).not.toBeNull();
    await page.keyboard.press('Escape');
    await poll(() => popoverRef(page)).toBeNull();
    await page.close();
  });

  it('"more" points the side panel at the reference, or says how to open it', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
    await page.evaluate(() => document.querySelectorAll('article p')[12]?.scrollIntoView());
    await sendCommand(session, tabId, 1);
    await poll(async () => (await popoverRef(page))?.id).toBe('kst-32317-977');
    await clickInPopover(page, '[data-action="more"]');
    const remembered = () =>
      inExtension(
        session,
        async (id) =>
          (
            await (
              globalThis as unknown as {
                chrome: {
                  storage: { session: { get(k: string): Promise<Record<string, string>> } };
                };
              }
            ).chrome.storage.session.get(`panel-ref-${id}`)
          )[`panel-ref-${id}`] ?? null,
        tabId,
      );
    await poll(remembered).toBe('kst-32317-977');
    await page.close();
  });
});
