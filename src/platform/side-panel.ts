import browser from 'webextension-polyfill';

/**
 * The side panel: Chrome's `sidePanel` (manifest `side_panel`) or Firefox's sidebar
 * (`sidebar_action`). Both browsers open it only inside a user's action: Chrome accepts the call
 * from the background's message handler when the message came from a click, if it is made before
 * anything is awaited; Firefox only from an extension page's own click handler (the popup).
 */
interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/** Whether this browser has a side panel Kamerlens can open (Chrome 116+, Firefox). */
export function hasSidePanel(): boolean {
  return chromeSidePanel() !== undefined || 'sidebarAction' in browser;
}

/**
 * Opens the side panel for a tab (Chrome) or the window's sidebar (Firefox). Call it
 * synchronously from the user's action. Resolves to whether it opened; never throws.
 */
export function openSidePanel(tabId: number): Promise<boolean> {
  try {
    const chromePanel = chromeSidePanel();
    const opening = chromePanel
      ? chromePanel.open({ tabId })
      : 'sidebarAction' in browser
        ? browser.sidebarAction.open()
        : Promise.reject(new Error('no side panel'));
    return opening.then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

const refKey = (tabId: number) => `panel-ref-${tabId}`;

/** Remembers which reference the side panel should show for a tab (session storage: memory only). */
export async function setPanelRef(tabId: number, refId: string): Promise<void> {
  await browser.storage.session.set({ [refKey(tabId)]: refId });
}

/** The reference last shown or chosen on a tab, or null. */
export async function panelRef(tabId: number): Promise<string | null> {
  try {
    const value = (await browser.storage.session.get(refKey(tabId)))[refKey(tabId)];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
