/**
 * Reading the sealed popover from a test (CONTRACT.md §4; RECIPES.md "Reading a closed shadow
 * root from a test").
 *
 * The popover lives in a CLOSED shadow root on one host whose tag starts with `kamerlens-` (the
 * rest of the tag is random per host). No page script, and no `page.evaluate`, can reach inside;
 * `page.locator` does not pierce closed roots either. Tests go through the DevTools protocol:
 *
 * 1. In a world of the test's own (`Page.createIsolatedWorld`: the page's DOM, not its patched
 *    JavaScript) find the host: the element whose tag starts with `kamerlens-`.
 * 2. `DOM.describeNode({ objectId, depth: -1, pierce: true })` returns its tree including the
 *    closed shadow root (and that root's `backendNodeId`).
 * 3. `DOM.resolveNode({ backendNodeId, executionContextId })` turns the root into a handle in
 *    the test's world, and `Runtime.callFunctionOn` runs a test function on it.
 *
 * Helpers, for every e2e suite:
 * - `inPopover(page, (root, host, arg) => …, arg)`: runs a function on the closed root (returns
 *   its JSON result; `null` when there is no host). The function is serialized: no closures.
 * - `popoverState(page)`: what the showing popover shows (`id`, `kind`, the `data-*` attributes
 *   of the `[data-ref-id]` element in camelCase as `data`, its `text`), or `null` when closed.
 * - `popoverRef(page)`: `{ id, kind }` of the showing popover, or `null`.
 * - `popoverBox(page, selector)`: viewport rectangle of an element inside (scrolled into view).
 * - `clickInPopover(page, selector)`: a real (trusted) mouse click at that element's centre.
 * - `focusInPopover(page, selector)`: focuses an element inside (then type with
 *   `page.keyboard`, which is trusted input).
 * - `popoverHostTag(page)`: the host's tag name, or `null` when there is none.
 *
 * Never click or type by `el.click()` / `dispatchEvent` inside `inPopover`: such events are
 * untrusted (`isTrusted` false) and Kamerlens ignores them, as it must ignore the page's.
 */
import type { CDPSession, Page } from 'playwright-core';

/** The part of a CDP `DOM.Node` the helpers read. */
interface CdpNode {
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

/**
 * In the test world: the host of the popover (tag `kamerlens-…`), or null. Kamerlens appends it
 * to `<html>`; only that level is searched, so polling stays cheap on pages of 200,000 nodes.
 * No inner named functions: tsx would wrap them in a helper that does not exist in the page.
 */
function findHostInPage(): Element | null {
  for (const el of document.documentElement.children)
    if (el.localName.startsWith('kamerlens-')) return el;
  return null;
}

/** A CDP session on a page with a world of the test's own, kept for the page's lifetime. */
interface Channel {
  cdp: CDPSession;
  contextId: number;
  /** The host and its closed root as handles in that world, while the host stays the same. */
  hostId: string | null;
  rootId: string | null;
}

const channels = new WeakMap<Page, Promise<Channel>>();

/**
 * The page's channel, opened once: on a page whose main thread is busy every protocol round trip
 * waits for it, so polling must not pay for a new session and world each time.
 */
function channel(page: Page): Promise<Channel> {
  let open = channels.get(page);
  if (!open) {
    open = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'kamerlens-test',
      });
      return { cdp, contextId, hostId: null, rootId: null };
    })();
    channels.set(page, open);
  }
  return open;
}

/** Finds the host in the test world and resolves its closed root (two or three round trips). */
async function resolveHost(ch: Channel): Promise<boolean> {
  ch.hostId = ch.rootId = null;
  const { result, exceptionDetails } = await ch.cdp.send('Runtime.callFunctionOn', {
    functionDeclaration: findHostInPage.toString(),
    executionContextId: ch.contextId,
    returnByValue: false,
  });
  if (exceptionDetails) throw new Error(`finding the host: ${exceptionDetails.text}`);
  if (!result.objectId || result.subtype !== 'node') return false;
  const { node } = (await ch.cdp.send('DOM.describeNode', {
    objectId: result.objectId,
    depth: -1,
    pierce: true,
  })) as { node: CdpNode };
  const root = node.shadowRoots?.[0];
  if (!root) return false;
  const { object } = await ch.cdp.send('DOM.resolveNode', {
    backendNodeId: root.backendNodeId,
    executionContextId: ch.contextId,
  });
  if (!object.objectId) throw new Error('closed shadow root could not be resolved');
  ch.hostId = result.objectId;
  ch.rootId = object.objectId;
  return true;
}

/** Marks a run whose cached host left the page (the page removed it, or a new one came). */
const STALE = '__kamerlens_stale_host__';

async function callOnRoot(ch: Channel, fn: string, arg: unknown): Promise<unknown> {
  const { result, exceptionDetails } = await ch.cdp.send('Runtime.callFunctionOn', {
    // The host must still be the page's current one; else the caller resolves it again.
    functionDeclaration: `async function (root, host, arg) {
      if (!host.isConnected || host.parentNode !== document.documentElement) return ${JSON.stringify(STALE)};
      return (${fn})(root, host, arg);
    }`,
    objectId: ch.rootId ?? undefined,
    arguments: [
      { objectId: ch.rootId ?? undefined },
      { objectId: ch.hostId ?? undefined },
      { value: arg },
    ],
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails)
    throw new Error(
      `in popover: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
    );
  return result.value;
}

/**
 * Runs `fn(root, host, arg)` on the popover's closed shadow root in a world of the test's own
 * and returns its (JSON) result; `null` when the page holds no Kamerlens host.
 */
export async function inPopover<A, R>(
  page: Page,
  fn: (root: ShadowRoot, host: HTMLElement, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R | null> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let ch: Channel;
    try {
      ch = await channel(page);
      if (ch.rootId === null && !(await resolveHost(ch))) return null;
      const value = await callOnRoot(ch, fn.toString(), arg);
      if (value !== STALE) return value as R;
      if (!(await resolveHost(ch))) return null;
      const again = await callOnRoot(ch, fn.toString(), arg);
      return again === STALE ? null : (again as R);
    } catch (error) {
      // A navigation ends the test world and its handles: open a new channel once.
      channels.delete(page);
      if (attempt === 1 || String(error).includes('in popover:')) throw error;
    }
  }
  return null;
}

/** What the showing popover shows; `data` holds the card's `data-*` attributes in camelCase. */
export interface PopoverState {
  id: string;
  kind: string;
  data: Record<string, string>;
  text: string;
}

/** The state of the showing popover, read through CDP; `null` when none shows. */
export async function popoverState(page: Page): Promise<PopoverState | null> {
  const state = await inPopover(
    page,
    (root, host) => {
      const el = root.querySelector<HTMLElement>('[data-ref-id]');
      if (!el || !host.isConnected || !host.matches(':popover-open')) return null;
      if (el.getClientRects().length === 0) return null;
      return {
        id: el.dataset.refId ?? '',
        kind: el.dataset.refKind ?? '',
        data: { ...el.dataset } as Record<string, string>,
        text: el.innerText,
      };
    },
    undefined,
  );
  return state ?? null;
}

/** `{ id, kind }` of the showing popover (CONTRACT.md §4 `data-ref-id`/`-kind`), or `null`. */
export async function popoverRef(page: Page): Promise<{ id: string; kind: string } | null> {
  const state = await popoverState(page);
  return state ? { id: state.id, kind: state.kind } : null;
}

/** The host's tag name (`kamerlens-…`), or `null` when Kamerlens added none. */
export function popoverHostTag(page: Page): Promise<string | null> {
  return inPopover(page, (_root, host) => host.localName, undefined);
}

/** The viewport rectangle of the first element matching `selector` in the popover, or null. */
export function popoverBox(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inPopover(
    page,
    (root, _host, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selector,
  ).then((box) => box ?? null);
}

/** Clicks the centre of `selector` in the popover with the real (trusted) mouse. */
export async function clickInPopover(page: Page, selector: string): Promise<void> {
  const box = await popoverBox(page, selector);
  if (!box || box.width === 0) throw new Error(`not shown in the popover: ${selector}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Focuses `selector` in the popover; what follows on `page.keyboard` is trusted input. */
export async function focusInPopover(page: Page, selector: string): Promise<void> {
  const found = await inPopover(
    page,
    (root, _host, sel) => {
      const el = root.querySelector<HTMLElement>(sel);
      el?.focus();
      return el !== null && root.activeElement === el;
    },
    selector,
  );
  if (!found) throw new Error(`could not focus in the popover: ${selector}`);
}
