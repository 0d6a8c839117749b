import type { Page } from 'playwright-core';
import { inPopover, pointOfText, poll, popoverRef } from './harness';

/** A box in viewport coordinates (CSS pixels). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the open card and its parts are, and the window it must fit in; null when closed. */
export interface CardLayout {
  refId: string;
  window: { width: number; height: number };
  card: Box;
  title: Box | null;
  official: Box | null;
  more: Box | null;
  /** The card's scrolling middle. */
  body: Box | null;
  /** The cabinet's position: from its heading to its source line (or stance); null if none. */
  position: Box | null;
}

/**
 * The open card's layout, read through the popover's closed shadow root (sealed-popover.ts);
 * null when no card shows.
 */
export async function cardLayout(page: Page): Promise<CardLayout | null> {
  const layout = await inPopover(
    page,
    (root, host) => {
      const card = root.querySelector<HTMLElement>('[data-ref-id]');
      if (!host.matches(':popover-open') || !card) return null;
      // No named inner functions: bundlers may wrap them in helpers the page does not have.
      const [whole, title, official, more, body, head, end] = [
        card,
        card.querySelector('.title'),
        card.querySelector('.official'),
        card.querySelector('[data-action="more"]'),
        card.querySelector('.body'),
        card.querySelector('.position h3'),
        card.querySelector('.position .source') ?? card.querySelector('.position .stance'),
      ].map((el) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      return {
        refId: card.dataset.refId ?? '',
        window: { width: innerWidth, height: innerHeight },
        card: whole as Box,
        title: title ?? null,
        official: official ?? null,
        more: more ?? null,
        body: body ?? null,
        position: head && end ? { ...head, bottom: end.bottom } : null,
      };
    },
    undefined,
  );
  return layout ?? null;
}

/** Whether `inner` lies wholly inside `outer` (with half a pixel for rounding). */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

/** Whether the card lies wholly in the window with its title and official link in view. */
export function fits(layout: CardLayout, needsLink = true): boolean {
  const win = { left: 0, top: 0, right: layout.window.width, bottom: layout.window.height };
  const inView = (b: Box | null) => b !== null && inside(b, win) && inside(b, layout.card);
  return (
    inside(layout.card, win) &&
    inView(layout.title) &&
    (!needsLink || inView(layout.official)) &&
    inView(layout.more)
  );
}

/** Whether the cabinet's position (heading to source) shows in the card's middle unscrolled. */
export function positionInView(layout: CardLayout): boolean {
  return layout.position !== null && layout.body !== null && inside(layout.position, layout.body);
}

/**
 * The open card's data attributes (CONTRACT §4) and what has focus inside it: the focused
 * element's `data-action`, else its `type`, else its tag name; null when focus is elsewhere.
 * Read through the closed root (sealed-popover.ts); null when no card shows.
 */
export async function cardState(
  page: Page,
): Promise<{ data: Record<string, string>; focused: string | null } | null> {
  const state = await inPopover(
    page,
    (root, host) => {
      const card = root.querySelector<HTMLElement>('[data-ref-id]');
      if (!host.matches(':popover-open') || !card) return null;
      const active = root.activeElement;
      const focused = active
        ? (active.getAttribute('data-action') ?? active.getAttribute('type') ?? active.localName)
        : null;
      return { data: { ...card.dataset } as Record<string, string>, focused };
    },
    undefined,
  );
  return state ?? null;
}

/**
 * axe-core's violations (ids) in the open card. axe cannot see into a closed root: in the test's
 * own world the card is copied, with its adopted styles and at its place, into an open root of a
 * probe element and checked there. `tags` limits the rules (e.g. `wcag2aa`); all rules without.
 */
export async function cardViolations(page: Page, axeSource: string, tags?: string[]) {
  const violations = await inPopover(
    page,
    async (root, host, { source, only }) => {
      // axe-core's published bundle, evaluated in the test world only.
      new Function(source)();
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (c: unknown, o: object) => Promise<{ violations: { id: string }[] }>;
          };
        }
      ).axe;
      const probe = document.createElement('div');
      probe.id = 'axe-probe';
      const box = host.getBoundingClientRect();
      probe.style.cssText = `position:fixed;left:${box.left}px;top:${box.top}px;z-index:2147483647`;
      const open = probe.attachShadow({ mode: 'open' });
      open.adoptedStyleSheets = [...root.adoptedStyleSheets];
      for (const child of root.children) open.append(child.cloneNode(true));
      document.body.append(probe);
      try {
        const options = only ? { runOnly: { type: 'tag', values: only } } : {};
        const result = await axe.run({ include: [['#axe-probe', '.card']] }, options);
        return result.violations.map((v) => v.id);
      } finally {
        probe.remove();
      }
    },
    { source: axeSource, only: tags ?? null },
  );
  if (!violations) throw new Error('no card to check');
  return violations;
}

/** Near the top, in the middle and near the bottom of the window: where the card-fit tests look. */
export const PLACES = [0.04, 0.5, 0.93];

/**
 * Rests the pointer on the occurrence of `text` nearest `place` (a fraction of the window's
 * height) until the card of `id` is open. Marks scrolled into view are registered a frame or two
 * later, so the pointer nudges by a pixel until the mark under it answers.
 */
export async function openCardAt(page: Page, text: string, place: number, id: string) {
  const point = await pointOfText(page, [text, place]);
  let nudge = 0;
  await poll(async () => {
    await page.mouse.move(point.x + (nudge++ % 2), point.y);
    return (await popoverRef(page))?.id;
  }, 8000).toBe(id);
}

/** Closes the open card with Escape and waits until it is gone. */
export async function closeCardWithEscape(page: Page) {
  await page.keyboard.press('Escape');
  await poll(() => popoverRef(page)).toBeNull();
}
