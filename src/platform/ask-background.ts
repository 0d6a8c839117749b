import browser from 'webextension-polyfill';
import type { BackgroundReplies, ToBackground } from '../core/messages';

// Apart from background-client.ts so that the content script, which needs only the badge count
// up front, does not load the calls of the extension pages and the card with every page.

/**
 * Typed calls to the background, for the content script and the extension pages. The research
 * trail lives in the extension's IndexedDB, which a content script cannot open (there it would be
 * the page's), so it goes through these.
 */
export async function ask<T extends ToBackground['type']>(
  message: Extract<ToBackground, { type: T }>,
): Promise<BackgroundReplies[T]> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as BackgroundReplies[T] | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: 'no-reply' } as BackgroundReplies[T];
  } catch (error) {
    // The extension was updated or reloaded under an old content script, or the worker failed.
    return { ok: false, error: String(error) } as BackgroundReplies[T];
  }
}

/** The number of document references on this tab, for the toolbar badge (content script only). */
export async function reportDetections(documentCount: number): Promise<void> {
  await ask({ type: 'detections-changed', documentCount });
}
