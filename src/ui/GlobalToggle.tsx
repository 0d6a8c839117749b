import type { Settings } from '../core/settings';
import { t, type Lang } from './i18n';
import { Toggle } from './Toggle';

/** Kamerlens on or off everywhere: the same switch in the popup and on the options page. */
export function GlobalToggle({
  settings,
  change,
  lang,
}: {
  settings: Settings;
  change: (fn: (s: Settings) => Settings) => void;
  lang: Lang;
}) {
  return (
    <Toggle
      action="toggle-global"
      label={t(lang, 'toggleGlobal')}
      on={settings.enabled}
      hint={t(lang, settings.enabled ? 'toggleGlobalOnHint' : 'toggleGlobalOffHint')}
      onChange={(on) => change((s) => ({ ...s, enabled: on }))}
    />
  );
}
