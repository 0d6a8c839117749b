import type { Browser, Page } from 'puppeteer-core';

/**
 * WebDriver BiDi commands Puppeteer has no public method for (RECIPES.md "Firefox end to end",
 * "Reading a closed shadow root from a test").
 *
 * Probes run in a sandbox of the test's own (`target.sandbox`): the page's DOM and highlight
 * registry, but none of its JavaScript, so pages that replace built-ins cannot fool a test; and,
 * as in Chromium's isolated world, neither the page nor Kamerlens sees the test's globals.
 * Functions are sent as source text: they must not use anything from the test's module scope.
 * Arguments and results cross as JSON.
 */

const SANDBOX = 'kamerlens-test';

/** The part of Puppeteer's BiDi connection used here (internal in Puppeteer 24). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** A serialized value (BiDi `script.RemoteValue`), as far as the tests read it. */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface NodeValue {
  shadowRoot?: RemoteValue | null;
}

type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

function connection(browser: Browser): BidiConnection {
  const c = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!c) throw new Error('not a WebDriver BiDi browser: launch Firefox with puppeteer-core');
  return c;
}

/** Sends one BiDi command on the browser's session and returns its result. */
export async function bidi<R>(browser: Browser, method: string, params: object): Promise<R> {
  return (await connection(browser).send(method, params)).result as R;
}

/** The BiDi browsing context id of a page's main frame (Puppeteer keeps it as the frame id). */
export function contextId(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!id) throw new Error('page has no BiDi browsing context id');
  return id;
}

function unwrap(result: EvaluateResult, what: string): RemoteValue {
  if (result.type === 'exception') throw new Error(`${what}: ${result.exceptionDetails.text}`);
  return result.result;
}

/** Turns a JSON-string result from the sandbox back into a value. */
function fromJson<R>(value: RemoteValue): R {
  return JSON.parse(String(value.value)) as R;
}

/** Runs `fn(arg)` in the test's sandbox of `page` and returns its result (JSON-like values). */
export async function inSandbox<A, R>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const result = await bidi<EvaluateResult>(page.browser(), 'script.callFunction', {
    functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null)`,
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context: contextId(page), sandbox: SANDBOX },
    awaitPromise: true,
  });
  return fromJson<R>(unwrap(result, 'in page'));
}

/** In the page: Kamerlens' popover host, the element whose tag starts with `kamerlens-`. */
function findHostInPage(): Element | null {
  const isOurs = (el: Element) => el.localName.startsWith('kamerlens-');
  for (const el of document.documentElement.children) if (isOurs(el)) return el;
  for (const el of document.querySelectorAll('*')) if (isOurs(el)) return el;
  return null;
}

/**
 * Runs `fn(root, host, arg)` on the popover's shadow root, open or closed, in the test's sandbox
 * and returns its (JSON) result; `null` when the page holds no Kamerlens host. The host is
 * serialized with `includeShadowTree: 'all'` (closed roots too) and the root passed back by its
 * `sharedId`.
 */
export async function inPopover<A, R>(
  page: Page,
  fn: (root: ShadowRoot, host: HTMLElement, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R | null> {
  const browser = page.browser();
  const target = { context: contextId(page), sandbox: SANDBOX };
  const host = unwrap(
    await bidi<EvaluateResult>(browser, 'script.evaluate', {
      expression: `(${findHostInPage.toString()})()`,
      target,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
    }),
    'finding the popover host',
  );
  const root = (host.value as NodeValue | undefined)?.shadowRoot;
  if (host.type !== 'node' || !host.sharedId || !root?.sharedId) return null;
  const result = await bidi<EvaluateResult>(browser, 'script.callFunction', {
    functionDeclaration: `async (root, host, json) => JSON.stringify((await (${fn.toString()})(root, host, JSON.parse(json))) ?? null)`,
    arguments: [
      { sharedId: root.sharedId },
      { sharedId: host.sharedId },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ],
    target,
    awaitPromise: true,
  });
  return fromJson<R>(unwrap(result, 'in popover'));
}

/** Evaluates `expression` in the browser's own (chrome) window; needs system access. */
export async function inBrowserChrome<R>(browser: Browser, expression: string): Promise<R> {
  const tree = await bidi<{ contexts: { context: string }[] }>(browser, 'browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no browser window to evaluate in');
  const result = await bidi<EvaluateResult>(browser, 'script.evaluate', {
    expression: `JSON.stringify((${expression}) ?? null)`,
    target: { context },
    awaitPromise: false,
  });
  return fromJson<R>(unwrap(result, 'in browser chrome'));
}
