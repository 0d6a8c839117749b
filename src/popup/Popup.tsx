import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { knowledgeBase } from '../core/data';
import type { TabState, ToPages } from '../core/messages';
import { isSiteOn, siteKey, withSite } from '../core/settings';
import { hasSidePanel, openSidePanel } from '../platform/side-panel';
import { requestTabState, sendToTab, tabUrl, targetTabId } from '../platform/tabs';
import { GlobalToggle } from '../ui/GlobalToggle';
import { t } from '../ui/i18n';
import { pageLanguage } from '../ui/page-language';
import { mergeAtPageDate } from '../ui/references';
import { StatusLine, type Status } from '../ui/StatusLine';
import { Toggle } from '../ui/Toggle';
import { useSettings } from '../ui/use-settings';
import { DetectionList } from './DetectionList';
import { PageContext } from './PageContext';
import { SiteAccess } from './SiteAccess';

/** Opened with `?tabId=N` (tests, deep links) the popup is a page of its own and stays open. */
const standalone = new URLSearchParams(location.search).has('tabId');

interface PopupTab {
  id: number | null;
  state: TabState | null;
  /** Known only where the browser shows it (see tabUrl); used to offer switching a site on. */
  url: string | undefined;
}

export function Popup() {
  const [settings, change] = useSettings();
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [panelStatus, setPanelStatus] = useState<Status>(null);
  const [generation, refresh] = useState(0);

  useEffect(() => {
    // Nothing to show before the settings are read; the effect runs again once they are.
    if (!settings) return;
    let cancelled = false;
    const load = async () => {
      const id = await targetTabId();
      const state = id === null ? null : await requestTabState(id);
      const url = state?.url ?? (id === null ? undefined : await tabUrl(id));
      if (!cancelled) setTab({ id, state, url });
    };
    void load();
    // A site just switched on reports its first findings: show them.
    const onMessage = (raw: unknown) => {
      const message = raw as ToPages | null;
      if (message?.type === 'tab-changed') void load();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      cancelled = true;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [settings, generation]);

  if (!settings || !tab) return null;
  const lang = pageLanguage(settings);
  const state = tab.state;
  const tabId = tab.id;

  const reveal = (id: string) => {
    if (tabId === null) return;
    void sendToTab(tabId, { type: 'reveal', id }).then(() => {
      // The popover opens with focus in the page; a toolbar popup would sit on top of it.
      if (!standalone) window.close();
    });
  };

  const openPanel = () => {
    if (tabId === null) return;
    // Within the click: browsers open a side panel only from the user's action.
    void openSidePanel(tabId).then((opened) => {
      if (!opened) setPanelStatus({ kind: 'error', text: t(lang, 'sidePanelFailed') });
      else if (!standalone) window.close();
    });
  };

  return (
    <main class="popup">
      <h1>{t(lang, 'popupTitle')}</h1>
      {state ? (
        <Toggle
          action="toggle-site"
          label={t(lang, 'toggleSite', siteKey(state.host))}
          on={isSiteOn(settings, state.host)}
          onChange={(on) => change((s) => withSite(s, state.host, on))}
        />
      ) : (
        <SiteAccess url={tab.url} lang={lang} onStarted={() => refresh((n) => n + 1)} />
      )}
      <GlobalToggle settings={settings} change={change} lang={lang} />
      {state && <PageContext pageDate={state.pageDate} lang={lang} />}
      {state && (
        <section aria-labelledby="found">
          <h2 id="found">{t(lang, 'popupFound')}</h2>
          {!state.markingOn ? (
            <p class="note">{t(lang, 'popupOff')}</p>
          ) : state.detections.length === 0 ? (
            <p class="note">{t(lang, 'popupNoDetections')}</p>
          ) : (
            <DetectionList
              detections={mergeAtPageDate(
                knowledgeBase,
                state.detections,
                state.pageDate.date,
                state.aboutRegulation,
              )}
              lang={lang}
              onReveal={reveal}
            />
          )}
        </section>
      )}
      <p class="popup-actions">
        {state && hasSidePanel() && (
          <button type="button" class="link" data-action="open-side-panel" onClick={openPanel}>
            {t(lang, 'openSidePanel')}
          </button>
        )}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'openOptions')}
        </button>
      </p>
      <StatusLine status={panelStatus} scope="side-panel" />
    </main>
  );
}
