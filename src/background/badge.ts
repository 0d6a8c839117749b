import browser from 'webextension-polyfill';

import { BADGE_COLOR, badgeText } from './badge-text';

export async function setBadge(tabId: number, documentCount: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(documentCount) });
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}

export async function setBadgeColour(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  // Chrome 110+ picks a readable text colour itself; set it where the API exists.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
}
