import browser, { type Runtime } from 'webextension-polyfill';
// The content script's built loader, for sites the user adds. Importing it this way (rather than
// reading the manifest's entry) makes CRXJS list the chunks it loads as web-accessible on any
// site: a content script's import() of them is refused on hosts not listed there.
import contentLoader from '../content/index.ts?script';
import type { ToPages } from '../core/messages';
import { loadSettings } from '../platform/settings-store';
import { TrailStore } from '../platform/trail-db';
import { setBadge, setBadgeColour } from './badge';
import { openSidePanel, setPanelRef } from '../platform/side-panel';
import { sendToTab } from '../platform/tabs';
import { commandAction } from './commands';
import { handleMessage, isForBackground } from './handle-message';
import { stopRevokedTabs, syncSites } from './sites-sync';

/**
 * The MV3 service worker. It may be stopped whenever idle, so every listener is registered here at
 * the top level and nothing is kept in memory between events: settings are read from storage and
 * the trail from IndexedDB each time.
 */
const store = new TrailStore();
const sync = () => syncSites(contentLoader);

function notifyPages(message: ToPages): void {
  // No extension page open is the usual case, not an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Not ours: return nothing, so no reply is sent (and another listener may answer).
  if (!isForBackground(message)) return undefined;
  return handleMessage(message, sender, browser.runtime.id, {
    trailEnabled: async () => (await loadSettings()).trailEnabled,
    trailFullAddress: async () => (await loadSettings()).trailFullAddress,
    recordVisit: (entry, now) => store.recordVisit(entry, now),
    getNote: (refId) => store.note(refId),
    setNote: (refId, text, now) => store.setNote(refId, text, now),
    setBadge,
    syncSites: sync,
    notifyPages,
    openSidePanel,
    setPanelRef,
    now: () => new Date(),
  });
});

/** Keyboard commands go to the tab they were pressed in; the side panel opens within the press. */
browser.commands.onCommand.addListener((command, tab) => {
  const action = commandAction(command);
  const tabId = tab?.id;
  if (!action || tabId === undefined) return;
  if ('sidePanel' in action) void openSidePanel(tabId);
  else void sendToTab(tabId, action.tab);
});

browser.permissions.onAdded.addListener(() => void sync());
browser.permissions.onRemoved.addListener((removed) => {
  void sync().then(() => stopRevokedTabs(removed.origins ?? []));
});
/** After install, update or browser start: the badge colour and user sites are set up again. */
function init(): void {
  void setBadgeColour();
  void sync();
}
browser.runtime.onInstalled.addListener(init);
browser.runtime.onStartup.addListener(init);
