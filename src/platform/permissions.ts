import browser from 'webextension-polyfill';
import { pathInExtension } from './extension-path';

/**
 * Host permissions for sites the user adds (manifest `optional_host_permissions`). Asking must
 * happen inside the user's click or key press: call `requestOrigins` synchronously from the event
 * handler, before any `await`.
 */

/**
 * The manifest's own content script: its match patterns (the default sites) and style sheets as
 * paths inside the extension (Firefox hands them out as full addresses; see pathInExtension).
 */
export function manifestContentScript(): { matches: string[]; css: string[] } {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  const root = browser.runtime.getURL('');
  return {
    matches: script?.matches ?? [],
    css: (script?.css ?? []).map((file) => pathInExtension(file, root)),
  };
}

/** The match patterns of the manifest's own content script (the default sites). */
export function manifestMatches(): string[] {
  return manifestContentScript().matches;
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
