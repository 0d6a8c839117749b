import type { Page } from 'puppeteer-core';
import {
  navigateToExtension,
  OPTIONS_PAGE,
  poll,
  POPUP_PAGE,
  type FirefoxSession,
} from './harness';

/** Kamerlens' own pages in Firefox (popup and options), each in a window of its own. */

export async function openOptions(session: FirefoxSession): Promise<Page> {
  const page = await session.openExtensionPage(OPTIONS_PAGE);
  await page.waitForSelector('main.options');
  return page;
}

/** Loads the options page again, as the reader does with F5. */
export async function reloadOptions(page: Page): Promise<void> {
  await navigateToExtension(page, OPTIONS_PAGE);
  await page.waitForSelector('main.options');
}

/** The toolbar popup for a tab, as `?tabId=N` (src/platform/tabs.ts). */
export async function openPopup(session: FirefoxSession, tabId: number): Promise<Page> {
  const page = await session.openExtensionPage(`${POPUP_PAGE}?tabId=${tabId}`);
  await page.waitForSelector('main.popup');
  return page;
}

/** Attribute `name` of the first element matching `selector`, or null (also when absent). */
export const attr = (page: Page, selector: string, name: string) =>
  page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);

/** The number of elements matching `selector`. */
export const count = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** The rendered text of the first element matching `selector`, or null. */
export const text = (page: Page, selector: string) =>
  page.evaluate(
    (s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null,
    selector,
  );

/** Clicks a switch (`aria-pressed`) and waits until it shows the state it was clicked to. */
export async function flip(page: Page, selector: string): Promise<void> {
  const before = await attr(page, selector, 'aria-pressed');
  await page.click(selector);
  await poll(() => attr(page, selector, 'aria-pressed')).toBe(String(before !== 'true'));
}
