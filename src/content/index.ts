import browser from 'webextension-polyfill';
import lexicon from 'virtual:kamerlens-lexicon';
import { detectorSteps } from '../core/detect/steps';
import type { Detector } from '../core/detect';
import type { ToContent } from '../core/messages';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import { Controller } from './controller';
import { ExtensionLife } from './lifecycle';
import { watchNavigation } from './navigation';
import { nextIdle } from './slices';
import { formsMissed } from '../core/detect/form-slot';
import { loadForms, pageNeedsForms } from './forms-loader';

// An extension update or a dev reload can inject this script twice into the same page.
const INSTANCE = Symbol.for('kamerlens.content');
const scope = globalThis as typeof globalThis & { [INSTANCE]?: true };

/** Only HTML documents are read: an XML document (an RSS feed shown as a tree) is not an article. */
function isHtmlDocument(doc: Document): boolean {
  return (
    (doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml') &&
    doc.documentElement instanceof HTMLHtmlElement
  );
}

/** Everything `main` set up, taken down when the extension goes away under this script. */
const teardown: (() => void)[] = [];
const life = new ExtensionLife(() => {
  for (const fn of teardown.splice(0)) {
    try {
      fn();
    } catch {
      // The extension's APIs may throw now; the page must not hear of it.
    }
  }
  // A fresh copy of the script (the extension back, injected again) may then start.
  Reflect.deleteProperty(scope, INSTANCE);
});

async function main(): Promise<void> {
  const settings = loadSettings();
  const listeners = new AbortController();
  // The rarer citation forms (EU acts, motions, publications, …; form-slot.ts) load only where
  // the page's text has their anchors, alongside the detector's build, so the first scan finds
  // everything.
  const forms = pageNeedsForms(document, listeners.signal).then((need) =>
    need ? loadForms() : undefined,
  );
  // Building the detector (in three parts) and V8's compiling of its combined pattern take some
  // 20 ms each on a slow machine: each part gets an idle period of its own, never one long task.
  // V8 compiles a pattern twice: to bytecode on its first use, to machine code on its second
  // (regexp tier-up), which would otherwise fall in the scan's first slice.
  const building = detectorSteps(lexicon);
  let detect: Detector | undefined;
  while (!detect) {
    await nextIdle();
    const step = building.next();
    if (step.done) detect = step.value;
  }
  for (let use = 0; use < 2; use++) {
    await nextIdle();
    detect('Kamerstuk');
  }
  await forms.catch(() => undefined);
  if (!life.check()) return;
  let checkUrl: () => void = () => undefined;
  // Text that arrived later had an anchor the stand-ins could not read: load the forms and scan
  // the page again (its marks stay until the rescan replaces them, so nothing blinks).
  let rescanning = false;
  const checkForms = () => {
    if (rescanning || !formsMissed()) return;
    rescanning = true;
    loadForms().then(
      () => life.check() && controller.rescan(),
      () => void life.check(),
    );
  };
  const controller = new Controller(
    detect,
    // The page's date is read when first asked (a popover, the popup): its code, with the date
    // formats of news and parliament sites, loads then, not with every page.
    async (userPick) => {
      const { readPageDate } = await import('./page-date');
      return readPageDate(document, location.href, undefined, userPick ?? undefined);
    },
    () => {
      checkUrl();
      checkForms();
    },
    document,
    () => life.check(),
  );
  teardown.push(
    () => controller.standDown(),
    () => listeners.abort(),
  );
  checkUrl = watchNavigation(() => controller.navigated(), listeners.signal);
  // Back/forward cache: the page returns as it was left; badge back, stale popover closed.
  addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted && life.check()) controller.restored();
    },
    { signal: listeners.signal },
  );
  // A hidden tab that becomes visible again is where a reader returns after an update.
  document.addEventListener('visibilitychange', () => life.check(), { signal: listeners.signal });
  const initial = await settings;
  if (!life.check()) return;
  controller.apply(initial);
  teardown.push(onSettingsChanged((settings) => controller.apply(settings)));
  const onMessage = (message: unknown) => {
    const msg = message as ToContent;
    checkUrl();
    if (msg?.type === 'get-tab-state') return controller.state();
    if (msg?.type === 'reveal') return Promise.resolve(controller.revealId(msg.id));
    if (msg?.type === 'step' && (msg.direction === 1 || msg.direction === -1))
      return Promise.resolve(controller.command(msg.direction));
    if (msg?.type === 'access-revoked') return Promise.resolve(controller.revoke());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  teardown.push(() => browser.runtime.onMessage.removeListener(onMessage));
}

if (!scope[INSTANCE] && isHtmlDocument(document)) {
  scope[INSTANCE] = true;
  main().catch((error: unknown) => {
    // Never let a fault of ours surface as the page's uncaught exception; when the extension
    // went away meanwhile, not even as a warning.
    if (life.check()) console.warn('[Kamerlens] stood down:', error);
  });
}
