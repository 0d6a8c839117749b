import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { expect } from 'vitest';
import {
  fixtureResponse,
  highlightSizeInPage,
  markedTextsInPage,
  ROOT,
  textPointInPage,
} from './fixtures';

export { ROOT, UNMATCHED_HOST } from './fixtures';

/** The built extension; a separate build can be tested with KAMERLENS_DIST=/path. */
export const DIST = process.env.KAMERLENS_DIST ?? path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The extension's own pages, as paths inside the build. */
export const OPTIONS_PAGE = 'src/options/index.html';
export const POPUP_PAGE = 'src/popup/index.html';
/** Fixed by the manifest's `key`, so extension pages have a known address. */
export const EXTENSION_ID = 'maknppnkapchmhjkacfoelnmcfegmced';

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" ` +
        '(Debian) or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    throw new Error('dist/ holds no built extension: run "npm run build" first.');
  }
}

/** Waits, retrying every 50 ms, until `fn`'s value meets the assertion that follows. */
export const poll = <T>(fn: () => Promise<T> | T, timeout = 5000) =>
  expect.poll(fn, { timeout, interval: 50 });

/** Answers every http(s) request with a fixture page, or 404: nothing leaves the machine. */
async function serveFixture(route: Route): Promise<void> {
  await route.fulfill(fixtureResponse(route.request().url()));
}

export interface Session {
  context: BrowserContext;
  pageErrors: Error[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile with the built extension (unless `extension` is false). With
 * `developerMode` the profile has the extensions page's developer mode on: without it Chromium
 * does not load an unpacked extension again after `runtime.reload()` (its pages answer
 * ERR_BLOCKED_BY_CLIENT and no worker starts).
 */
export async function launch(
  options: {
    extension?: boolean;
    headless?: boolean;
    developerMode?: boolean;
    /** Keep Chromium's back/forward cache, which Playwright turns off by default. */
    backForwardCache?: boolean;
  } = {},
): Promise<Session> {
  requireChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'kamerlens-profile-'));
  if (options.developerMode) {
    mkdirSync(path.join(profile, 'Default'));
    writeFileSync(
      path.join(profile, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
    );
  }
  const extensionArgs =
    options.extension === false
      ? []
      : [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreDefaultArgs: options.backForwardCache ? ['--disable-back-forward-cache'] : [],
    viewport: { width: 1100, height: 800 },
    locale: 'nl-NL',
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await context.route(/^https?:\/\//, serveFixture);
  const pageErrors: Error[] = [];
  context.on('weberror', (e) => pageErrors.push(e.error()));
  return {
    context,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function extensionUrl(pathInDist: string): string {
  return `chrome-extension://${EXTENSION_ID}/${pathInDist}`;
}

/** Runs a function in a page and returns its (JSON-like) result. */
export type Evaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** The page's own main world (Playwright's `page.evaluate`). */
export function mainWorld(page: Page): Evaluate {
  return (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg);
}

/**
 * A world of the test's own in the page's main frame: the page's DOM and highlight registry, but
 * not its JavaScript. Playwright's `page.evaluate` runs in the main world and returns nothing
 * useful once a page has replaced built-ins such as `Object.entries` or `Array.prototype.map`;
 * probes on such pages run here. Uses the DevTools protocol; the world lasts for the document.
 */
export function testWorld(page: Page): Evaluate {
  return async (fn, arg) => {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'kamerlens-test',
      });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: fn.toString(),
        executionContextId,
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails)
        throw new Error(
          `test world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
        );
      return result.value as never;
    } finally {
      await cdp.detach();
    }
  };
}

/** Number of ranges Kamerlens registered under a highlight name, as the page itself sees it. */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate(highlightSizeInPage, name);
}

/**
 * The centre of the first occurrence of `text` in the page, found by the test itself; given
 * `[text, fraction]` the page scrolls it to that fraction of the window's height (0 top, 1 bottom).
 */
export async function pointOfText(
  page: Page,
  text: string | readonly [string, number],
  evaluate: Evaluate = mainWorld(page),
): Promise<{ x: number; y: number }> {
  const point = await evaluate(textPointInPage, text);
  if (!point) throw new Error(`text not on the page: ${String(text)}`);
  return point;
}

// The sealed popover is read through CDP: see sealed-popover.ts (re-exported for every suite).
export {
  clickInPopover,
  focusInPopover,
  inPopover,
  popoverBox,
  popoverHostTag,
  popoverRef,
  popoverState,
  type PopoverState,
} from './sealed-popover';

/** The part of `chrome.tabs` the tests use, as seen from an extension page. */
interface ChromeTabs {
  query(filter: object): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<{ url?: string } | null>;
}

/** Runs `fn` in an extension page (chrome.* available), for reading browser state in tests. */
export async function inExtension<T, A>(
  session: Session,
  fn: (arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(OPTIONS_PAGE));
  // Playwright's types unbox `arg` generically; here it is plain JSON, the same on both sides.
  const result = await page.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);
  await page.close();
  return result;
}

/**
 * The id of the browser tab showing `page` whose content script answers, or null. Without the
 * "tabs" permission an extension page cannot read tab URLs, so each tab's script is asked.
 */
export function answeringTab(session: Session, page: Page): Promise<number | null> {
  return inExtension(
    session,
    async (url) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome;
      for (const tab of await tabs.query({})) {
        if (tab.id === undefined) continue;
        const state = await tabs.sendMessage(tab.id, { type: 'get-tab-state' }).catch(() => null);
        if (state?.url === url) return tab.id;
      }
      return null;
    },
    page.url(),
  );
}

/** The id of the browser tab showing `page`; fails when no content script answers there. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const id = await answeringTab(session, page);
  if (id === null) throw new Error(`no tab with Kamerlens at ${page.url()}`);
  return id;
}

/** One request seen in the browser context, and what made it. */
export interface RecordedRequest {
  url: string;
  /** 'page <url>' for a frame's request, 'service worker <url>' for a worker's. */
  source: string;
}

/**
 * Records every request the context sees from now on: pages, their content scripts, extension
 * pages and (Chromium) service workers, including the extension's background worker.
 */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const seen: RecordedRequest[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    let source = 'unknown';
    if (worker) source = `service worker ${worker.url()}`;
    else {
      try {
        source = `page ${request.frame().url()}`;
      } catch {
        source = request.isNavigationRequest() ? 'navigation' : 'unknown';
      }
    }
    seen.push({ url: request.url(), source });
  });
  return seen;
}

/**
 * Evaluates `expression` in Kamerlens' content-script world of `page` (the isolated world
 * Chromium gives the extension), through the DevTools protocol. Resolves promises.
 */
export async function inContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${EXTENSION_ID}`,
    );
    if (!world) throw new Error(`no Kamerlens content script in ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`content-script world: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

export function markedTexts(
  page: Page,
  name = 'kamerlens-document',
  evaluate: Evaluate = mainWorld(page),
): Promise<string[]> {
  return evaluate(markedTextsInPage, name);
}

/** Uncaught exceptions of the page's main world (`pageerror`), from now on. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return errors;
}
