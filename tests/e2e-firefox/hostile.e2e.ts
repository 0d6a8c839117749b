import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { REF, REF_SHOWN } from '../e2e/hostile-kit';
import { inSandbox } from './bidi';
import {
  highlightSize,
  hover,
  launchFirefox,
  markedTexts,
  pointOfText,
  poll,
  press,
  type FirefoxSession,
} from './harness';
import { popoverRef } from './popover';

/**
 * The hostile pages (tests/fixtures/pages/nos.nl/hostile/) in Firefox, checked as in Chromium
 * (tests/e2e/hostile-kit.ts): the page keeps working (its counter ticks, its button answers),
 * Kamerlens keeps working (the reference is marked, the popover opens, on top of every page
 * layer, and Escape closes it), and nobody throws. Probes run in the test's sandbox, out of
 * reach of pages that replace built-ins.
 */

interface Visit {
  page: Page;
  errorsBefore: number;
}

const counter = (page: Page) =>
  inSandbox(page, () => Number(document.getElementById('page-counter')?.textContent), null);

/** The open popover is the topmost thing at its own centre: no page layer covers it. */
const popoverOnTop = (page: Page) =>
  inSandbox(
    page,
    () => {
      const host = [...document.documentElement.children].find((e) =>
        e.localName.startsWith('kamerlens-'),
      );
      const box = host?.getBoundingClientRect();
      if (!host || !box || box.width === 0) return false;
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host;
    },
    null,
  );

describe('hostile pages in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session.close();
  });

  async function visit(file: string): Promise<Visit> {
    const errorsBefore = session.pageErrors.length;
    const page = await session.newPage();
    await page.goto(`https://nos.nl/hostile/${file}`);
    return { page, errorsBefore };
  }

  /** The reference is marked: scrolled to (by `anchor`, text of one node), a range holds it. */
  async function expectMarked(v: Visit, text: string, timeout = 10_000, anchor = text) {
    await pointOfText(v.page, anchor);
    await poll(() => markedTexts(v.page), timeout).toContain(text);
  }

  /** The page's own script still runs and its own click handler answers a real click. */
  async function expectPageWorks(v: Visit): Promise<void> {
    const before = await counter(v.page);
    await poll(() => counter(v.page)).toBeGreaterThan(before);
    const point = await inSandbox(
      v.page,
      () => {
        const b = document.getElementById('page-button');
        b?.scrollIntoView({ block: 'center' });
        const r = b?.getBoundingClientRect();
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      },
      null,
    );
    if (!point) throw new Error('the page lost its button');
    const clicks = () =>
      inSandbox(v.page, () => document.getElementById('page-button')?.dataset.clicks ?? '0', null);
    const clicked = Number(await clicks());
    await v.page.mouse.click(point.x, point.y);
    await poll(clicks).toBe(String(clicked + 1));
  }

  async function expectClean(v: Visit): Promise<void> {
    expect(session.pageErrors.slice(v.errorsBefore)).toEqual([]);
    await v.page.close();
  }

  it.each([
    ['all-unset.html', '* { all: unset }'],
    ['z-index.html', 'z-index 2147483647 banner and transparent overlays'],
    ['popover-styles.html', 'rules that hide [popover], :popover-open and anything after <body>'],
    ['prototypes.html', 'main-world built-ins replaced by throwing ones'],
  ])('%s (%s): marked, popover by keyboard and on top by hover, Escape closes', async (file) => {
    const v = await visit(file);
    await expectMarked(v, REF);
    // Which reference comes first from the keyboard depends on the page's layout.
    await press(v.page, 'Alt+Shift+KeyK');
    await poll(() => popoverRef(v.page)).not.toBeNull();
    await press(v.page, 'Escape');
    await poll(() => popoverRef(v.page)).toBeNull();
    await hover(v.page, REF);
    await poll(() => popoverRef(v.page)).toEqual(REF_SHOWN);
    await poll(() => popoverOnTop(v.page)).toBe(true);
    await press(v.page, 'Escape');
    await poll(() => popoverRef(v.page)).toBeNull();
    await expectPageWorks(v);
    if (file === 'prototypes.html')
      // Nobody, Kamerlens included, called the page's replacements.
      expect(
        await inSandbox(v.page, () => document.documentElement.dataset.hostileCalls ?? null, null),
      ).toBeNull();
    await expectClean(v);
  });

  it('5,000 levels of nesting: both references marked, though Firefox lays out no text that deep', async () => {
    const v = await visit('deep.html');
    await expectMarked(v, REF, 30_000);
    await expectMarked(v, 'Kamerstuk 34 843, nr. 113', 30_000, '34 843, nr. 113');
    // Unlike Chromium, Firefox gives text beyond its frame nesting limit no box at all, with or
    // without Kamerlens: there is nothing to see or rest the pointer on, so no hover here.
    const size = await inSandbox(
      v.page,
      () => {
        let deepest: Element | null = document.getElementById('main');
        while (deepest?.firstElementChild) deepest = deepest.firstElementChild;
        const r = deepest?.getBoundingClientRect();
        return r ? r.width * r.height : -1;
      },
      null,
    );
    expect(size).toBe(0);
    await expectPageWorks(v);
    await expectClean(v);
  });

  it('a page that swallows pointer events: marks stay, the keyboard still opens the popover', async () => {
    const v = await visit('stops-events.html');
    await expectMarked(v, REF);
    await hover(v.page, REF);
    expect(
      await v.page.evaluate(() => (window as unknown as { swallowed: number }).swallowed),
    ).toBeGreaterThan(0);
    await press(v.page, 'Alt+Shift+KeyK');
    await poll(() => popoverRef(v.page)).toEqual(REF_SHOWN);
    await press(v.page, 'Escape');
    await poll(() => popoverRef(v.page)).toBeNull();
    await expectPageWorks(v);
    await expectClean(v);
  });

  it('200,000 nodes: the first and the last reference marked, the last hoverable', async () => {
    const v = await visit('many-nodes.html');
    await expectMarked(v, REF, 30_000);
    await expectMarked(v, 'Kamerstuk 32 317, nr. 977', 30_000);
    await hover(v.page, 'Kamerstuk 32 317, nr. 977');
    await poll(() => popoverRef(v.page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await expectPageWorks(v);
    await expectClean(v);
  });

  it('a page that mutates without pause: marked, and the popover stays open while it does', async () => {
    const v = await visit('mutating.html');
    await expectMarked(v, REF);
    await hover(v.page, REF);
    await poll(() => popoverRef(v.page)).toEqual(REF_SHOWN);
    const tick = () =>
      inSandbox(v.page, () => Number(document.getElementById('tick')?.textContent), null);
    const t0 = await tick();
    await poll(tick).toBeGreaterThan(t0 + 200);
    expect(await popoverRef(v.page)).toEqual(REF_SHOWN);
    await press(v.page, 'Escape');
    await poll(() => popoverRef(v.page)).toBeNull();
    await expectMarked(v, REF);
    await expectPageWorks(v);
    await expectClean(v);
  });

  it('a page that deletes every element it does not know: marks stay, no tug of war', async () => {
    const v = await visit('deletes-unknown.html');
    await expectMarked(v, REF);
    const removed = () =>
      v.page.evaluate(() => (window as unknown as { removedByPage: string[] }).removedByPage);
    await hover(v.page, REF);
    await poll(async () => (await removed()).length).toBeGreaterThan(0);
    await hover(v.page, REF);
    await press(v.page, 'Alt+Shift+KeyK');
    await press(v.page, 'Escape');
    await expectPageWorks(v);
    // Kamerlens added its host once per attempt at most, and then let the page be.
    const settled = await removed();
    expect(settled.every((name) => name.startsWith('kamerlens-'))).toBe(true);
    expect(settled.length).toBeLessThanOrEqual(3);
    const now = await counter(v.page);
    await poll(() => counter(v.page)).toBeGreaterThan(now + 10);
    expect(await removed()).toEqual(settled);
    expect(await highlightSize(v.page)).toBeGreaterThan(0);
    await expectClean(v);
  });
});
