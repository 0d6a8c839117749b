import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../core/messages';
import { isSiteOn, withSite } from '../core/settings';
import { resolveLang, t } from '../ui/i18n';
import { useSettings } from '../ui/use-settings';
import { Toggle } from '../ui/Toggle';
import { requestTabState, targetTabId } from '../platform/tabs';

export function Popup() {
  const [settings, change] = useSettings();
  const [tab, setTab] = useState<{ id: number | null; state: TabState | null } | null>(null);

  useEffect(() => {
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
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const state = tab.state;

  return (
    <main class="popup">
      <h1>{t(lang, 'popupTitle')}</h1>
      {state ? (
        <Toggle
          action="toggle-site"
          label={t(lang, 'toggleSite', state.host.replace(/^www\./, ''))}
          on={isSiteOn(settings, state.host)}
          onChange={(on) => change((s) => withSite(s, state.host, on))}
        />
      ) : (
        <p class="note">{t(lang, 'popupNoTab')}</p>
      )}
      <Toggle
        action="toggle-global"
        label={t(lang, 'toggleGlobal')}
        on={settings.enabled}
        onChange={(on) => change((s) => ({ ...s, enabled: on }))}
      />
      {state && (
        <section aria-labelledby="found">
          <h2 id="found">{t(lang, 'popupFound')}</h2>
          {state.detections.length === 0 ? (
            <p class="note">{t(lang, 'popupNoDetections')}</p>
          ) : (
            <ul class="detections">
              {state.detections.map((d) => (
                <li key={d.id} data-ref-id={d.id} data-ref-kind={d.kind}>
                  <span class="ref-text">{d.text}</span>
                  {d.count > 1 && <span class="count">×{d.count}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, 'openOptions')}
      </button>
    </main>
  );
}
