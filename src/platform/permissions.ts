import browser from 'webextension-polyfill';

/**
 * Host permissions for sites the user adds (manifest `optional_host_permissions`). Asking must
 * happen inside the user's click or key press: call `requestOrigins` synchronously from the event
 * handler, before any `await`.
 */

/** The match patterns of the manifest's own content script (the default sites). */
export function manifestMatches(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
}

export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

export function removeOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins });
}

export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Calls `listener` whenever a permission is granted or taken away, here or in the browser's UI. */
export function onPermissionsChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
