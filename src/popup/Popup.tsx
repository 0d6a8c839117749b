import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../core/messages';
import { isSiteOn, siteKey, withSite } from '../core/settings';
import { GlobalToggle } from '../ui/GlobalToggle';
import { t } from '../ui/i18n';
import { pageLanguage } from '../ui/page-language';
import { useSettings } from '../ui/use-settings';
import { Toggle } from '../ui/Toggle';
import { requestTabState, sendToTab, targetTabId } from '../platform/tabs';
import { DetectionList } from './DetectionList';
import { PageContext } from './PageContext';

/** Opened with `?tabId=N` (tests, deep links) the popup is a page of its own and stays open. */
const standalone = new URLSearchParams(location.search).has('tabId');

export function Popup() {
  const [settings, change] = useSettings();
  const [tab, setTab] = useState<{ id: number | null; state: TabState | null } | null>(null);

  useEffect(() => {
    // Nothing to show before the settings are read; the effect runs again once they are.
    if (!settings) return;
    let cancelled = false;
    const refresh = async () => {
      const id = await targetTabId();
      const state = id === null ? null : await requestTabState(id);
      if (!cancelled) setTab({ id, state });
    };
    void refresh();
    return () => {
      cancelled = true;
    };
  }, [settings]);

  if (!settings || !tab) return null;
  const lang = pageLanguage(settings);
  const state = tab.state;

  const reveal = (id: string) => {
    if (tab.id === null) return;
    void sendToTab(tab.id, { type: 'reveal', id }).then(() => {
      // The popover opens with focus in the page; a toolbar popup would sit on top of it.
      if (!standalone) window.close();
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
        <p class="note">{t(lang, 'popupNoTab')}</p>
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
            <DetectionList detections={state.detections} lang={lang} onReveal={reveal} />
          )}
        </section>
      )}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, 'openOptions')}
      </button>
    </main>
  );
}
