import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  collectPageErrors,
  inPopover,
  mainWorld,
  markedTexts,
  pointOfText,
  popoverRef,
  type Evaluate,
  type Session,
  poll,
} from './harness';

/**
 * What the hostile-page tests (tests/fixtures/pages/nos.nl/hostile/) check on every page: the
 * page keeps working (its own counter ticks, its own click handler runs), Kamerlens keeps working
 * (the reference is marked and, where the page lets the pointer reach it, hovering opens the
 * popover) or stands down cleanly, and nobody throws.
 */

export const REF = 'Kamerstuk 26 643, nr. 1011';
export const REF_SHOWN = { id: 'kst-26643-1011', kind: 'kamerstuk' };

export interface Visit {
  page: Page;
  /** Where the test's probes run: the page's main world, or the test's own world. */
  world: Evaluate;
  /** Uncaught exceptions in the page, its scripts or ours (`pageerror`). */
  errors: Error[];
  /** Kamerlens' own console messages ("stood down: …"). */
  ownMessages: string[];
  /** Errors the whole session had seen before this page (another test's are not this one's). */
  sessionErrorsBefore: number;
}

export async function visit(
  session: Session,
  file: string,
  probeWorld = mainWorld,
): Promise<Visit> {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  const ownMessages: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('[Kamerlens]')) ownMessages.push(m.text());
  });
  await page.goto(`https://nos.nl/hostile/${file}`);
  return {
    page,
    world: probeWorld(page),
    errors,
    ownMessages,
    sessionErrorsBefore: session.pageErrors.length,
  };
}

export const counter = (v: Visit) =>
  v.world(() => Number(document.getElementById('page-counter')?.textContent), undefined);

/** The page's own script still runs, and its own click handler still answers. */
export async function expectPageWorks(v: Visit): Promise<void> {
  const before = await counter(v);
  await poll(() => counter(v)).toBeGreaterThan(before);
  // A real click at the button's place; Playwright's actionability waits would take many
  // seconds on pages whose frames are slow (5,000 levels), and prove nothing more.
  const button = v.page.locator('#page-button');
  const clicks = Number((await button.getAttribute('data-clicks')) ?? 0);
  const box = await v.world(() => {
    const b = document.getElementById('page-button');
    b?.scrollIntoView({ block: 'center' });
    const r = b?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }, undefined);
  if (!box) throw new Error('the page lost its button');
  await v.page.mouse.click(box.x, box.y);
  await poll(() => button.getAttribute('data-clicks')).toBe(String(clicks + 1));
}

/** The reference is marked: scrolled into view, a registered range holds exactly its text. */
export async function expectMarked(v: Visit, text: string, timeout = 5000, anchor = text) {
  await pointOfText(v.page, anchor, v.world);
  await poll(() => markedTexts(v.page, 'kamerlens-document', v.world), timeout).toContain(text);
}

export async function hover(v: Visit, text: string): Promise<void> {
  await v.page.mouse.move(1, 1);
  const point = await pointOfText(v.page, text, v.world);
  await v.page.mouse.move(point.x, point.y);
}

export const shown = (v: Visit) => popoverRef(v.page);

/**
 * Hovers `text` until its popover shows. After in-page navigation (pushState) the content script
 * starts a fresh session and marks again; a pointer that arrived before the new marks rests on
 * nothing, so the reader (like this helper) moves it again.
 */
export async function hoverUntilShown(v: Visit, text: string, tries = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await hover(v, text);
    try {
      await poll(() => shown(v), 3000).not.toBeNull();
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
    }
  }
}

/** The open popover is the topmost thing at its own centre: no page layer covers it. */
export const popoverOnTop = (v: Visit) =>
  inPopover(
    v.page,
    (_root, host) => {
      const box = host.getBoundingClientRect();
      if (box.width === 0) return false;
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host;
    },
    undefined,
  ).then((onTop) => onTop === true);

export async function expectClean(session: Session, v: Visit): Promise<void> {
  expect(v.errors).toEqual([]);
  expect(v.ownMessages).toEqual([]);
  expect(session.pageErrors.slice(v.sessionErrorsBefore)).toEqual([]);
  await v.page.close();
}
