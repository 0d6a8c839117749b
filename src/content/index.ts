import browser from 'webextension-polyfill';
import lexicon from 'virtual:kamerlens-lexicon';
import { createDetector } from '../core/detect';
import type { ToContent } from '../core/messages';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import { Controller } from './controller';
import { watchNavigation } from './navigation';
import { readPageDate } from './page-date';
import { nextIdle } from './slices';

// An extension update or a dev reload can inject this script twice into the same page.
const INSTANCE = Symbol.for('kamerlens.content');
const scope = globalThis as typeof globalThis & { [INSTANCE]?: true };

async function main(): Promise<void> {
  const settings = loadSettings();
  // Building the detector and V8's compiling of its combined pattern (on first use) each take
  // some 20 ms on a slow machine: each gets an idle period of its own, never one long task.
  await nextIdle();
  const detect = createDetector(lexicon);
  await nextIdle();
  detect('Kamerstuk');
  let checkUrl: () => void = () => undefined;
  const controller = new Controller(
    detect,
    (userPick) => readPageDate(document, location.href, undefined, userPick ?? undefined),
    () => checkUrl(),
  );
  checkUrl = watchNavigation(() => controller.navigated(), new AbortController().signal);
  controller.apply(await settings);
  onSettingsChanged((settings) => controller.apply(settings));
  browser.runtime.onMessage.addListener((message: unknown) => {
    const msg = message as ToContent;
    checkUrl();
    if (msg?.type === 'get-tab-state') return Promise.resolve(controller.state());
    if (msg?.type === 'reveal') return Promise.resolve(controller.revealId(msg.id));
    if (msg?.type === 'step' && (msg.direction === 1 || msg.direction === -1))
      return Promise.resolve(controller.command(msg.direction));
    if (msg?.type === 'access-revoked') return Promise.resolve(controller.revoke());
    return undefined;
  });
}

if (!scope[INSTANCE]) {
  scope[INSTANCE] = true;
  main().catch((error: unknown) => {
    // Never let a fault of ours surface as the page's uncaught exception.
    console.warn('[Kamerlens] stood down:', error);
  });
}
