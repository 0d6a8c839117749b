import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../platform/settings-store';

/**
 * Settings as Preact state, kept in step with changes made in any other extension context.
 * Returns the settings (null until read), the function that changes them, and why the last
 * change could not be stored (the error thrown by `storage.local`, or null): the settings shown
 * stay those stored, so a refused change is not shown as made.
 */
export function useSettings(): [
  Settings | null,
  (change: (s: Settings) => Settings) => void,
  unknown,
] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const change = (fn: (s: Settings) => Settings) =>
    void updateSettings(fn).then(
      (next) => {
        setFailed(null);
        setSettings(next);
      },
      (error: unknown) => setFailed(error ?? 'unknown'),
    );
  return [settings, change, failed];
}
