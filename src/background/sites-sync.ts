import browser, { type Scripting } from 'webextension-polyfill';
import { grantedOrigins, manifestContentScript } from '../platform/permissions';
import { patternMatchesUrl, userSites } from '../platform/site-patterns';
import { requestTabState, sendToTab } from '../platform/tabs';

/**
 * Sites the user added run the content script through one registered script whose matches are
 * exactly the granted origins beyond the manifest's own. Called on install, on startup, when a
 * permission is added or removed, and from the options page; calls run one after another. A
 * call made while another run is still waiting to start shares that run (adding a site asks
 * twice: the permission event and the options page), since it reads the state afresh anyway.
 */
const USER_SITES_SCRIPT_ID = 'kamerlens-user-sites';

let queue: Promise<unknown> = Promise.resolve();
let waiting: Promise<string[]> | null = null;

export function syncSites(loaderFile: string): Promise<string[]> {
  if (waiting) return waiting;
  const start = () => {
    waiting = null;
    return reconcile(loaderFile);
  };
  const run = queue.then(start, start);
  waiting = run;
  queue = run.catch(() => undefined);
  return run;
}

async function reconcile(loaderFile: string): Promise<string[]> {
  const { matches, css } = manifestContentScript();
  const granted = await grantedOrigins();
  const origins = userSites(granted, matches).flatMap((s) => s.origins);
  const [existing] = await browser.scripting.getRegisteredContentScripts({
    ids: [USER_SITES_SCRIPT_ID],
  });
  if (origins.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    return [];
  }
  const script: Scripting.RegisteredContentScript = {
    id: USER_SITES_SCRIPT_ID,
    matches: origins,
    js: [loaderFile],
    css,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (existing) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  const added = origins.filter((o) => !(existing?.matches ?? []).includes(o));
  if (added.length > 0) await startInOpenTabs(added, loaderFile, css);
  return origins;
}

/** A site just added works at once in tabs already open on it (the script guards against twice). */
async function startInOpenTabs(origins: string[], loaderFile: string, css: string[]) {
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        if (css.length > 0)
          await browser.scripting.insertCSS({ target: { tabId: id }, files: css });
        await browser.scripting.executeScript({ target: { tabId: id }, files: [loaderFile] });
      } catch {
        // An error page or a tab that navigated away: it gets the script on its next load.
      }
    }),
  );
}

/** Tells the content script on every open tab under a revoked origin to stop. */
export async function stopRevokedTabs(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      // Without host access the tab's address is hidden from us; its content script still answers.
      const state = await requestTabState(id);
      if (state && origins.some((o) => patternMatchesUrl(o, state.url))) {
        await sendToTab(id, { type: 'access-revoked' });
      }
    }),
  );
}
