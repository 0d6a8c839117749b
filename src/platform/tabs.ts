import browser from 'webextension-polyfill';
import type { TabState, ToContent } from '../core/messages';

/** The tab an extension page is about: `?tabId=N` when given (tests, deep links), else the active tab. */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function sendToTab<T>(tabId: number, message: ToContent): Promise<T | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as T;
  } catch {
    // No content script there: a page Kamerlens does not run on, or one still loading.
    return null;
  }
}

export const requestTabState = (tabId: number) =>
  sendToTab<TabState>(tabId, { type: 'get-tab-state' });

/**
 * A tab's address where the browser shows it to the extension (the active tab once the reader
 * opened the popup: `activeTab`; sites Kamerlens has access to), else undefined.
 */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
