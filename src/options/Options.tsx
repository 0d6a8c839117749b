import browser from 'webextension-polyfill';
import { resolveLang, t } from '../ui/i18n';
import { useSettings } from '../ui/use-settings';
import { Toggle } from '../ui/Toggle';

export function Options() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      <p>{t(lang, 'optionsIntro')}</p>
      <Toggle
        action="toggle-global"
        label={t(lang, 'toggleGlobal')}
        on={settings.enabled}
        onChange={(on) => change((s) => ({ ...s, enabled: on }))}
      />
    </main>
  );
}
