import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../platform/settings-store';

/** Settings as Preact state, kept in step with changes made in any other extension context. */
export function useSettings(): [Settings | null, (change: (s: Settings) => Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const change = (fn: (s: Settings) => Settings) => void updateSettings(fn).then(setSettings);
  return [settings, change];
}
