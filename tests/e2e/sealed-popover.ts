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
 * In the test world: the host of the popover (tag `kamerlens-…`), or null. No inner named
 * functions: tsx would wrap them in a helper that does not exist in the page.
 */
function findHostInPage(): Element | null {
  for (const el of document.documentElement.children)
    if (el.localName.startsWith('kamerlens-')) return el;
  for (const el of document.querySelectorAll('*'))
    if (el.localName.startsWith('kamerlens-')) return el;
  return null;
}

interface Handles {
  cdp: CDPSession;
  contextId: number;
  hostId: string;
  rootId: string;
}

/** Opens a CDP session and resolves the host and its closed root in a fresh test world. */
async function handles(page: Page): Promise<Handles | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'kamerlens-test',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: findHostInPage.toString(),
      executionContextId: contextId,
      returnByValue: false,
    });
    if (exceptionDetails) throw new Error(`finding the host: ${exceptionDetails.text}`);
    if (!result.objectId || result.subtype !== 'node') {
      await cdp.detach();
      return null;
    }
    const { node } = (await cdp.send('DOM.describeNode', {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    })) as { node: CdpNode };
    const root = node.shadowRoots?.[0];
    if (!root) {
      await cdp.detach();
      return null;
    }
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: root.backendNodeId,
      executionContextId: contextId,
    });
    if (!object.objectId) throw new Error('closed shadow root could not be resolved');
    return { cdp, contextId, hostId: result.objectId, rootId: object.objectId };
  } catch (error) {
    await cdp.detach();
    throw error;
  }
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
  const h = await handles(page);
  if (!h) return null;
  try {
    const { result, exceptionDetails } = await h.cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: fn.toString(),
      objectId: h.rootId,
      arguments: [{ objectId: h.rootId }, { objectId: h.hostId }, { value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(
        `in popover: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    return result.value as R;
  } finally {
    await h.cdp.detach();
  }
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
