import browser from 'webextension-polyfill';
import { createDetector } from '../core/detect';
import type { ToContent } from '../core/messages';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import { Controller } from './controller';
import lexicon from 'virtual:kamerlens-lexicon';

// An extension update or a dev reload can inject this script twice into the same page.
const INSTANCE = Symbol.for('kamerlens.content');
const scope = globalThis as typeof globalThis & { [INSTANCE]?: true };

async function main(): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const controller = new Controller(createDetector(lexicon), () => ({
    date: today,
    source: 'today',
  }));
  controller.apply(await loadSettings());
  onSettingsChanged((settings) => controller.apply(settings));
  browser.runtime.onMessage.addListener((message: unknown) => {
    const msg = message as ToContent;
    if (msg?.type === 'get-tab-state') return Promise.resolve(controller.state());
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
