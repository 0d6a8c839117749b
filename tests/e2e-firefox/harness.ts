import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { GECKO_ID } from '../../src/build/firefox-manifest';
import type { TabState } from '../../src/core/messages';
import {
  fixtureResponse,
  highlightSizeInPage,
  markedTextsInPage,
  ROOT,
  textPointInPage,
} from '../e2e/fixtures';
import { bidi, contextId, inBrowserChrome, inSandbox } from './bidi';

/**
 * The end-to-end harness for Firefox: the built Firefox add-on (dist-firefox/) in a real
 * firefox-esr, driven over WebDriver BiDi by puppeteer-core (no browser download). Fixture pages
 * are answered under their real host names (tests/e2e/fixtures.ts, shared with Chromium); every
 * other http(s) request gets a 404 and anything else is refused: nothing leaves the machine.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built add-on; a separate build can be tested with KAMERLENS_DIST_FIREFOX=/path. */
export const DIST_FIREFOX = process.env.KAMERLENS_DIST_FIREFOX ?? path.join(ROOT, 'dist-firefox');
/** Fixed through the `extensions.webextensions.uuids` preference, so extension pages have a known address. */
export const EXTENSION_UUID = '2c9ffddd-d56e-4d11-abc8-716d4b13ed02';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}/`;
export const OPTIONS_PAGE = 'src/options/index.html';
export const POPUP_PAGE = 'src/popup/index.html';

export const extensionUrl = (pathInDist: string) => `${EXTENSION_ORIGIN}${pathInDist}`;

/** Waits, retrying every 50 ms, until `fn`'s value meets the assertion that follows. */
export const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) =>
  expect.poll(fn, { timeout, interval: 50 });

export interface FirefoxSession {
  browser: Browser;
  /** Uncaught exceptions of every page opened through this session. */
  pageErrors: Error[];
  /**
   * A new window whose http(s) requests are answered from the fixtures. Each page gets a window
   * of its own: Firefox throttles a tab hidden behind another (no frames, no pointer events),
   * and a new tab would open in whichever window was opened last.
   */
  newPage(): Promise<Page>;
  /** A new window showing one of the extension's own pages. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

function requireFirefox(): void {
  if (!existsSync(FIREFOX))
    throw new Error(
      `Firefox not found at ${FIREFOX}. Install it with "apt-get install -y firefox-esr" ` +
        '(Debian) or point FIREFOX_PATH at a Firefox binary (140 or later).',
    );
  if (!existsSync(path.join(DIST_FIREFOX, 'manifest.json')))
    throw new Error('dist-firefox/ holds no built add-on: run "npm run build:firefox" first.');
}

/** Fixture pages for http(s), the extension's own files and inline data; nothing else. */
function answer(request: HTTPRequest): void {
  const url = request.url();
  if (/^https?:/.test(url)) void request.respond(fixtureResponse(url));
  else if (url.startsWith(EXTENSION_ORIGIN) || /^(data|blob):/.test(url)) void request.continue();
  else void request.abort();
}

export async function launchFirefox(): Promise<FirefoxSession> {
  requireFirefox();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // Lets BiDi open moz-extension:// pages and read the browser's own request log.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // `permissions.request` from a real click is granted as if the user accepted the prompt
      // (headless Firefox cannot show the doorhanger); the user-input requirement still holds.
      'extensions.webextOptionalPermissionPrompts': false,
      // The reader's languages, as Chromium's suite sets with `locale: 'nl-NL'`. Firefox's own
      // UI language stays en-US (no Dutch language pack): extension pages follow that.
      'intl.accept_languages': 'nl-NL, nl',
      // Firefox's own update checks for blocklists and the like: not the extension's, not needed.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  const pageErrors: Error[] = [];

  const newPage = async () => {
    const page = await browser.newPage({ type: 'window' });
    page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e : new Error(String(e))));
    await page.setRequestInterception(true);
    page.on('request', answer);
    return page;
  };

  return {
    browser,
    pageErrors,
    newPage,
    async openExtensionPage(pathAndQuery) {
      const page = await newPage();
      await navigateToExtension(page, pathAndQuery);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Shows an extension page in `page`. Puppeteer's `goto` waits for events Firefox does not send
 * for moz-extension:// documents, so the BiDi command is sent directly.
 */
export async function navigateToExtension(page: Page, pathAndQuery: string): Promise<void> {
  await bidi(page.browser(), 'browsingContext.navigate', {
    context: contextId(page),
    url: extensionUrl(pathAndQuery),
    wait: 'complete',
  });
}

/** Runs `fn(arg)` in a new extension page (the `browser.*` APIs at hand) and closes it. */
export async function inExtension<A, R>(
  session: FirefoxSession,
  fn: (arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  const page = await session.openExtensionPage(OPTIONS_PAGE);
  try {
    return (await page.evaluate(fn as (a: unknown) => Promise<R>, arg)) as R;
  } finally {
    await page.close();
  }
}

/** The part of the WebExtension `browser.tabs` API the tests use. */
interface Tabs {
  query(filter: object): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<TabState | null>;
}

/** The id of the tab showing `page` whose content script answers, or null. */
export function answeringTab(session: FirefoxSession, page: Page): Promise<number | null> {
  return inExtension(
    session,
    async (url) => {
      const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
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

export async function tabIdOf(session: FirefoxSession, page: Page): Promise<number> {
  const id = await answeringTab(session, page);
  if (id === null) throw new Error(`no tab with Kamerlens at ${page.url()}`);
  return id;
}

export const highlightSize = (page: Page, name = 'kamerlens-document') =>
  inSandbox(page, highlightSizeInPage, name);

export const markedTexts = (page: Page, name = 'kamerlens-document') =>
  inSandbox(page, markedTextsInPage, name);

/** The centre of the first occurrence of `text`, scrolled into view. */
export async function pointOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await inSandbox(page, textPointInPage, text);
  if (!point) throw new Error(`text not on the page: ${text}`);
  return point;
}

/** Rests the (trusted) pointer on the first occurrence of `text`, coming from the corner. */
export async function hover(page: Page, text: string): Promise<void> {
  await page.mouse.move(2, 2);
  const point = await pointOfText(page, text);
  await page.mouse.move(point.x, point.y);
}

/** Presses a chord such as "Alt+Shift+KeyK" as trusted key events. */
export async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['down']>[0][];
  const key = keys.pop();
  if (!key) throw new Error(`no key in ${chord}`);
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/** One http(s) request Firefox made, as its network layer saw it. */
export interface RecordedRequest {
  url: string;
  /** Made by the browser itself (update checks and the like), not by a page or an add-on. */
  browserOwn: boolean;
  /** The origin of the document or add-on that made it, if any. */
  origin: string | null;
}

/**
 * Starts recording every http(s) request of the whole browser, from now on: pages, content
 * scripts, extension pages and the add-on's background page alike (observer
 * `http-on-opening-request` in the browser's own window: it sees a request when it is made,
 * before the test's interception answers it). Returns a reader of what was seen.
 */
export async function recordRequests(browser: Browser): Promise<() => Promise<RecordedRequest[]>> {
  await inBrowserChrome(
    browser,
    `(() => {
      const seen = (globalThis.__kamerlensRequests = []);
      Services.obs.addObserver((subject) => {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const info = channel.loadInfo;
        const trigger = info?.triggeringPrincipal;
        const loading = info?.loadingPrincipal;
        seen.push({
          url: channel.URI.spec,
          browserOwn: Boolean(trigger?.isSystemPrincipal && loading?.isSystemPrincipal),
          origin: loading && !loading.isSystemPrincipal ? loading.origin : trigger?.origin ?? null,
        });
      }, 'http-on-opening-request');
      return true;
    })()`,
  );
  return () => inBrowserChrome<RecordedRequest[]>(browser, 'globalThis.__kamerlensRequests');
}
