import type { Page } from 'playwright-core';
import { extensionUrl, highlightSize, inExtension, poll, tabIdOf, type Session } from './harness';

export const SIDE_PANEL_PAGE = 'src/sidepanel/index.html';
/** A long article: thirty paragraphs, each with a reference, a text field and an editable area. */
export const DOSSIER = 'https://nos.nl/artikel/dossier.html';
/**
 * The id of DOSSIER's last reference (Kamerstuk 25 443, nr. 5). The first scan walks the page in
 * reading order, so a list that holds it holds everything the page references.
 */
export const DOSSIER_LAST_REF = 'kst-25443-5';

let opened = 0;

/**
 * Opens a fixture article and waits for its marks; returns the page and its tab id. Each page
 * gets an address of its own (a query the fixture server ignores), so a tab left open by an
 * earlier test is never taken for this one.
 */
export async function openArticle(
  session: Session,
  url: string,
  viewport?: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  // Before loading: the fixture follows the colour scheme, and Kamerlens reads the page's
  // background when it starts.
  await page.emulateMedia({ colorScheme });
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}open=${++opened}`);
  // Dark pages get the marks of their own highlight.
  await poll(
    async () =>
      (await highlightSize(page, 'kamerlens-document')) +
      (await highlightSize(page, 'kamerlens-document-on-dark')),
  ).toBeGreaterThan(0);
  return { page, tabId: await tabIdOf(session, page) };
}

/** The side panel page showing tab `tabId` (CONTRACT §4: `?tabId=N`). */
export async function openSidePanel(session: Session, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`${extensionUrl(SIDE_PANEL_PAGE)}?tabId=${tabId}`);
  await page.locator('main.panel').waitFor();
  return page;
}

/** Sets Kamerlens' settings as the options page would (merged into what is stored). */
export function setSettings(session: Session, patch: Record<string, unknown>): Promise<void> {
  return inExtension(
    session,
    async (p) => {
      const { storage } = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: {
                get(k: string): Promise<Record<string, object | undefined>>;
                set(v: object): Promise<void>;
              };
            };
          };
        }
      ).chrome;
      const current = (await storage.local.get('settings')).settings ?? {};
      await storage.local.set({ settings: { ...current, ...p } });
    },
    patch,
  );
}

/** Sends a keyboard command to a tab as the background does (`commands` → content script). */
export function sendCommand(
  session: Session,
  tabId: number,
  direction: 1 | -1,
  times = 1,
): Promise<void> {
  return inExtension(
    session,
    async ([id, d, n]) => {
      const { tabs } = (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).chrome;
      // Several presses go back to back from here, as fast as a reader tapping the keys.
      for (let k = 0; k < n; k++) await tabs.sendMessage(id, { type: 'step', direction: d });
    },
    [tabId, direction, times] as const,
  );
}
