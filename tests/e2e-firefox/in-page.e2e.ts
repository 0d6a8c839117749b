import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { UNMATCHED_HOST } from '../e2e/fixtures';
import { inSandbox } from './bidi';
import {
  highlightSize,
  hover,
  inExtension,
  launchFirefox,
  markedTexts,
  poll,
  press,
  tabIdOf,
  type FirefoxSession,
} from './harness';
import { focusedRoleInPopover, popoverBox, popoverRef, popoverState } from './popover';

const ARTICLE = 'https://nos.nl/artikel/chatcontrol.html';

describe('in-page experience in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await session.newPage();
    await page.goto(url);
    return page;
  }

  it("marks the article's references and shows the cabinet's position at the page's date on hover", async () => {
    const page = await open(ARTICLE);
    await poll(() => markedTexts(page)).toEqual(
      expect.arrayContaining(['Kamerstuk 26 643, nr. 1011']),
    );
    expect(await highlightSize(page, 'kamerlens-term')).toBeGreaterThan(0);

    // A reference split by a link, with the position the cabinet took by the article's date.
    await hover(page, '34 843');
    await poll(() => popoverState(page)).toMatchObject({
      id: 'kst-34843-113',
      kind: 'kamerstuk',
      data: {
        positionDate: '2024-10-05',
        stance: 'abstain',
        positionSource: 'kst-34843-113',
      },
    });
    const text = (await popoverState(page))?.text ?? '';
    expect(text).toContain('Onthoudt zich');
    expect(text).toContain('publicatiedatum van de pagina');
    // Placed beside the reference, inside the window.
    const card = await popoverBox(page, '[data-ref-id]');
    expect(card?.width).toBeGreaterThan(100);
    expect(card?.y).toBeGreaterThan(0);

    await press(page, 'Escape');
    await poll(() => popoverRef(page)).toBeNull();
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('lets the pointer move into the popover, and closes when it leaves both', async () => {
    const page = await open(ARTICLE);
    await poll(() => highlightSize(page)).toBeGreaterThanOrEqual(2);
    await hover(page, 'Kamerstuk 26 643, nr. 1011');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-26643-1011', kind: 'kamerstuk' });
    const box = await popoverBox(page, '[data-ref-id]');
    if (!box) throw new Error('card not rendered');
    // Crossing the gap between mark and card keeps it open (WCAG 1.4.13, hoverable).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    expect(await popoverRef(page)).toEqual({ id: 'kst-26643-1011', kind: 'kamerstuk' });
    await page.mouse.move(1090, 790, { steps: 4 });
    await poll(() => popoverRef(page)).toBeNull();
    await page.close();
  });

  it('walks references with the keyboard shortcuts, focus in the popover; Escape returns focus', async () => {
    const page = await open('https://zoek.officielebekendmakingen.nl/kst-32317-977.html');
    await poll(() => highlightSize(page)).toBeGreaterThanOrEqual(3);
    await press(page, 'Alt+Shift+KeyK');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await poll(() => focusedRoleInPopover(page)).toBe('dialog');
    await press(page, 'Alt+Shift+KeyK');
    await poll(async () => (await popoverRef(page))?.id).not.toBe('kst-32317-977');
    await press(page, 'Alt+Shift+KeyJ');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await press(page, 'Escape');
    await poll(() => popoverRef(page)).toBeNull();
    const focused = await inSandbox(page, () => document.activeElement?.localName ?? null, null);
    expect(focused?.startsWith('kamerlens-')).toBe(false);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('the shortcuts are manifest commands Firefox accepts; a command relayed to the tab opens the next reference', async () => {
    interface Command {
      name?: string;
      shortcut?: string;
    }
    const commands = await inExtension(
      session,
      () =>
        (
          globalThis as unknown as { browser: { commands: { getAll(): Promise<Command[]> } } }
        ).browser.commands.getAll(),
      null,
    );
    expect(commands).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'next-reference', shortcut: 'Alt+Shift+K' }),
        expect.objectContaining({ name: 'previous-reference', shortcut: 'Alt+Shift+J' }),
      ]),
    );
    // What the background sends the tab when Firefox fires the command.
    const page = await open('https://zoek.officielebekendmakingen.nl/kst-32317-977.html');
    await poll(() => highlightSize(page)).toBeGreaterThanOrEqual(3);
    await inExtension(
      session,
      (id) =>
        (
          globalThis as unknown as {
            browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          }
        ).browser.tabs.sendMessage(id, { type: 'step', direction: 1 }),
      await tabIdOf(session, page),
    );
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await press(page, 'Escape');
    await poll(() => popoverRef(page)).toBeNull();
    await page.close();
  });

  it("leaves the page's visible text and elements as they are without the extension", async () => {
    const snapshot = async (url: string) => {
      const page = await open(url);
      if (url === ARTICLE) await poll(() => highlightSize(page)).toBeGreaterThan(0);
      const result = await inSandbox(
        page,
        () => ({
          text: document.body.innerText,
          elements: [...document.querySelectorAll('*')].filter(
            (e) => !e.localName.startsWith('kamerlens-'),
          ).length,
          html: document.body.outerHTML,
        }),
        null,
      );
      await page.close();
      return result;
    };
    const withExtension = await snapshot(ARTICLE);
    const without = await snapshot(`https://${UNMATCHED_HOST}/artikel/chatcontrol.html`);
    expect(withExtension).toEqual(without);
  });

  it('marks content the page adds later and follows a single-page app to its next article', async () => {
    const page = await open('https://nos.nl/spa/index.html');
    await poll(() => highlightSize(page)).toBe(1);
    await page.click('#to-two');
    await poll(() => page.evaluate(() => location.pathname)).toBe('/spa/2023/06/28/kabinet');
    await hover(page, 'Kamerstuk 26 643, nr. 1043');
    // The new address carries a date, which the popover now uses.
    await poll(() => popoverState(page)).toMatchObject({
      id: 'kst-26643-1043',
      data: { positionDate: '2023-06-28', stance: 'support-with-conditions' },
    });
    await page.close();
  });
});
