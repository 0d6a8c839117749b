import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  clickInPopover,
  highlightSize,
  inPopover,
  launch,
  pointOfText,
  poll,
  popoverBox,
  popoverRef,
  popoverState,
  ROOT,
  type Session,
} from './harness';
import { cardViolations } from './helpers-card';

/** The card's data attributes (CONTRACT §4) and its text, read through the closed root (CDP). */
async function card(page: Page): Promise<Record<string, string> | null> {
  const state = await popoverState(page);
  return state ? { ...state.data, text: state.text } : null;
}

async function hover(page: Page, text: string): Promise<void> {
  const point = await pointOfText(page, text);
  await page.mouse.move(point.x, point.y);
}

describe('in-page experience', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it("shows the cabinet's position at the article's date, and at a date the reader picks", async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/chatcontrol.html');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    await hover(page, '34 843');
    await poll(() => card(page)).toMatchObject({
      refId: 'kst-34843-113',
      positionDate: '2024-10-05',
      stance: 'abstain',
      positionSource: 'kst-34843-113',
    });
    const text = (await card(page))?.text ?? '';
    expect(text).toContain('Onthoudt zich');
    expect(text).toContain('publicatiedatum van de pagina');

    await inPopover(
      page,
      (root) => {
        const input = root.querySelector<HTMLInputElement>('input[type="date"]');
        if (!input) throw new Error('no date input');
        input.value = '2023-07-01';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      undefined,
    );
    await poll(() => card(page)).toMatchObject({
      positionDate: '2023-07-01',
      stance: 'support-with-conditions',
      positionSource: 'kst-26643-1043',
    });
    await page.close();
  });

  it('lets the pointer move into the popover to use it, and closes when it leaves both', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/chatcontrol.html');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    await hover(page, 'Kamerstuk 26 643, nr. 1011');
    await poll(() => popoverRef(page)).not.toBeNull();
    const box = await popoverBox(page, '[data-action="copy-citation"]');
    if (!box) throw new Error('copy button not visible');
    // Crossing the gap between mark and popover must not close it (WCAG 1.4.13, hoverable).
    await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 8 });
    await clickInPopover(page, '[data-action="copy-citation"]');
    // Copied, or (headless, no clipboard) a message saying so: either way the card answered.
    await poll(() =>
      inPopover(page, (root) => root.querySelector('.copy-status')?.textContent ?? '', undefined),
    ).not.toBe('');
    expect(await popoverRef(page)).toEqual({ id: 'kst-26643-1011', kind: 'kamerstuk' });
    await page.mouse.move(1000, 700, { steps: 4 });
    await poll(() => popoverRef(page)).toBeNull();
    await page.close();
  });

  it('resolves the letterhead of an officielebekendmakingen document and uses its signing date', async () => {
    const page = await session.context.newPage();
    await page.goto('https://zoek.officielebekendmakingen.nl/kst-32317-977.html');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(3);
    await hover(page, 'JBZ-Raad');
    await poll(() => card(page)).toMatchObject({
      refId: 'kst-32317-977',
      refKind: 'kamerstuk',
      positionDate: '2025-11-18',
      stance: 'abstain',
    });
    await page.keyboard.press('Escape');
    await poll(() => card(page)).toBeNull();

    await hover(page, 'Kamerstuk 36 600 VII');
    await poll(() => card(page)).toMatchObject({ refId: 'kst-36600-VII-12' });
    const unknown = (await card(page))?.text ?? '';
    expect(unknown).toContain('Kamerlens heeft geen samenvatting van dit stuk.');
    expect(unknown).toContain('Kamerstuk 36 600 VII, nr. 12');
    await page.close();
  });

  it('marks content the page adds later, follows edits and drops marks of removed text', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/later.html');
    await poll(() => page.evaluate(() => CSS.highlights.has('kamerlens-term'))).toBe(true);
    expect(await highlightSize(page, 'kamerlens-document')).toBe(0);
    await page.click('#add');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(1);
    await hover(page, 'Kamerstuk 32 317, nr. 972');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-972', kind: 'kamerstuk' });
    await page.keyboard.press('Escape');
    await page.click('#edit');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(2);
    await page.click('#remove');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(1);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('follows a single-page app to its next article', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/spa/index.html');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(1);
    await page.click('#to-two');
    await poll(() => page.evaluate(() => location.pathname)).toBe('/spa/2023/06/28/kabinet');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(1);
    await hover(page, 'Kamerstuk 26 643, nr. 1043');
    // The new address carries a date, which the popover now uses.
    await poll(() => card(page)).toMatchObject({
      refId: 'kst-26643-1043',
      positionDate: '2023-06-28',
      stance: 'support-with-conditions',
    });
    await page.close();
  });

  it('works on a page with hostile CSS, top-layer overlays and an open shadow root', async () => {
    const page = await session.context.newPage();
    await page.goto('https://tweakers.net/nieuws/vijandig.html');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(2);
    await hover(page, 'Kamerstuk 32 317, nr. 977');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    // The popover is on top of the page's z-index 2147483647 banner and overlay.
    const onTop = await inPopover(
      page,
      (root, host) => {
        const r = root.querySelector('.card')?.getBoundingClientRect();
        if (!r || r.width < 100) return false;
        return document.elementFromPoint(r.left + r.width / 2, r.top + 10) === host;
      },
      undefined,
    );
    expect(onTop).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => popoverRef(page)).toBeNull();

    const inShadow = await page.evaluate(() => {
      const shadow = document.getElementById('quote')?.shadowRoot;
      const text = shadow?.querySelector('p')?.firstChild;
      if (!text) return null;
      const range = document.createRange();
      range.setStart(text, 16);
      range.setEnd(text, 22);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    if (!inShadow) throw new Error('shadow text missing');
    await page.mouse.move(inShadow.x, inShadow.y);
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('walks references from the keyboard with focus in the popover, and Escape returns focus', async () => {
    const page = await session.context.newPage();
    await page.goto('https://zoek.officielebekendmakingen.nl/kst-32317-977.html');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Alt+Shift+KeyK');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await poll(() =>
      inPopover(page, (root) => root.activeElement?.getAttribute('role') ?? null, undefined),
    ).toBe('dialog');
    await page.keyboard.press('Alt+Shift+KeyK');
    await poll(async () => (await popoverRef(page))?.id).not.toBe('kst-32317-977');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await page.keyboard.press('Escape');
    await poll(() => popoverRef(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toMatch(/^kamerlens-/);
    await page.close();
  });

  it('a debate term shows its definition and the position; the popover passes axe-core', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/chatcontrol.html');
    await poll(() => highlightSize(page, 'kamerlens-term')).toBeGreaterThan(0);
    // Terms are marked at their first occurrence: here, the headline.
    await hover(page, 'chatcontrole');
    await poll(() => card(page)).toMatchObject({ refKind: 'term', stance: 'abstain' });
    // axe-core cannot see into a closed root: in the test's own world the card is copied, with
    // its adopted styles and at its place, into an open root of a probe element, and checked there.
    const axeSource = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const violations = await cardViolations(page, axeSource);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('styles marks and popover for a dark page', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/donker.html');
    await poll(() => highlightSize(page, 'kamerlens-document-on-dark')).toBeGreaterThanOrEqual(1);
    await hover(page, 'Kamerstuk 32 317');
    await poll(() => card(page)).toMatchObject({ refId: 'kst-32317-977', stance: 'oppose' });
    await poll(async () => (await popoverBox(page, '.card'))?.y ?? 0).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ROOT, 'tests/screenshots/popover-dark.png') });
    const isDarkCard = await inPopover(
      page,
      (root) => root.querySelector('.card.dark') !== null,
      undefined,
    );
    expect(isDarkCard).toBe(true);
    await page.close();
  });
});

// Keeps the fixture honest: the page date used above is the one the fixture declares.
it('fixture check: the news article declares 2024-10-05', () => {
  const html = readFileSync(
    path.join(ROOT, 'tests/fixtures/pages/nos.nl/artikel/chatcontrol.html'),
    'utf8',
  );
  expect(html).toContain('content="2024-10-05T09:30:00+02:00"');
});
