import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { TabState, ToPages } from '../core/messages';
import { panelRef } from '../platform/side-panel';
import { requestTabState, targetTabId } from '../platform/tabs';

export interface PanelTab {
  id: number | null;
  /** Null where no content script answers: a page Kamerlens does not run on. */
  state: TabState | null;
}

/** Opened with `?tabId=N` (tests, deep links) the panel stays on that tab. */
const pinned = new URLSearchParams(location.search).has('tabId');

/**
 * The tab the side panel is about and what Kamerlens found there, following the active tab of
 * the panel's window, page loads, rescans, and the reference a card shows (`selected`).
 */
export function usePanelTab(): {
  tab: PanelTab | null;
  selected: string | null;
  select: (refId: string | null) => void;
} {
  const [tab, setTab] = useState<PanelTab | null>(null);
  const [selected, select] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    void targetTabId().then(setTabId);
    if (pinned) return;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((w) => (windowId = w.id));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    const refresh = async () => {
      const state = tabId === null ? null : await requestTabState(tabId);
      if (live) setTab({ id: tabId, state });
    };
    void refresh();
    if (tabId !== null) void panelRef(tabId).then((ref) => live && select(ref));
    const onMessage = (raw: unknown) => {
      const message = raw as ToPages | null;
      if (!message || !('tabId' in message) || message.tabId !== tabId) return undefined;
      if (message.type === 'ref-shown') select(message.refId);
      else if (message.type === 'tab-changed') void refresh();
      return undefined;
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return { tab, selected, select };
}
