import type { Page } from 'puppeteer-core';
import { inPopover } from './bidi';

/**
 * What Kamerlens' popover shows in Firefox, read through its shadow root (open or closed) over
 * WebDriver BiDi (see bidi.ts). Clicks and keys go through Puppeteer's input, which is trusted.
 */

/** The showing popover: the `[data-ref-id]` element's data attributes (CONTRACT §4) and text. */
export interface PopoverState {
  id: string;
  kind: string;
  /** Every `data-*` attribute of the `[data-ref-id]` element, camelCase as in `dataset`. */
  data: Record<string, string>;
  text: string;
}

/** In the popover: its state, or null unless the host is open and the card is rendered. */
function stateInRoot(root: ShadowRoot, host: HTMLElement): PopoverState | null {
  const el = root.querySelector<HTMLElement>('[data-ref-id]');
  if (!el || !host.matches(':popover-open') || el.getClientRects().length === 0) return null;
  const data: Record<string, string> = {};
  for (const attribute of el.attributes)
    if (attribute.name.startsWith('data-'))
      data[attribute.name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] =
        attribute.value;
  return { id: data.refId ?? '', kind: data.refKind ?? '', data, text: el.innerText };
}

export const popoverState = async (page: Page) =>
  (await inPopover(page, stateInRoot, undefined)) ?? null;

/** `{ id, kind }` of the showing popover, or null. */
export async function popoverRef(page: Page): Promise<{ id: string; kind: string } | null> {
  const state = await popoverState(page);
  return state && { id: state.id, kind: state.kind };
}

/** The viewport rectangle of `selector` inside the popover, or null when it is not there. */
export function popoverBox(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inPopover(
    page,
    (root, _host, s) => {
      const el = root.querySelector(s);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selector,
  );
}

/** A real mouse click at the centre of `selector` inside the popover. */
export async function clickInPopover(page: Page, selector: string): Promise<void> {
  const box = await popoverBox(page, selector);
  if (!box) throw new Error(`not in the popover: ${selector}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The role of the element focused inside the popover, or null. */
export const focusedRoleInPopover = (page: Page) =>
  inPopover(page, (root) => root.activeElement?.getAttribute('role') ?? null, undefined);
