import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { knowledgeBase, positionAt } from '../../src/core/data';
import { documentById } from '../../src/core/data/lookup';
import {
  DIST_FIREFOX,
  highlightSize,
  hover,
  launchFirefox,
  poll,
  tabIdOf,
  type FirefoxSession,
} from './harness';
import { attr, count, text } from './extension-pages';
import { popoverRef } from './popover';

/**
 * The sidebar (Firefox `sidebar_action`, Chrome's side panel; CONTRACT §4): its page opened with
 * `?tabId=N` in a window of its own, as Chromium's suite opens the side panel page.
 */

const SIDEBAR_PAGE = 'src/sidepanel/index.html';
const DOSSIER = 'https://nos.nl/artikel/dossier.html';
/** DOSSIER's last reference: listed once the page's first scan (in reading order) is done. */
const DOSSIER_LAST_REF = 'kst-25443-5';
/** Extension pages speak Firefox's own language here: en-US (harness). */
const TITLE_113 = documentById(knowledgeBase, 'kst-34843-113')?.title.en ?? '(missing)';

describe('sidebar in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session.close();
  });

  let opened = 0;
  /** Each time under an address of its own, so a tab left by another test is never taken. */
  async function openDossierAndSidebar(): Promise<{ page: Page; sidebar: Page }> {
    const page = await session.newPage();
    await page.goto(`${DOSSIER}?open=${++opened}`);
    await poll(() => highlightSize(page)).toBeGreaterThan(0);
    const sidebar = await session.openExtensionPage(
      `${SIDEBAR_PAGE}?tabId=${await tabIdOf(session, page)}`,
    );
    await sidebar.waitForSelector('main.panel');
    return { page, sidebar };
  }

  it('the Firefox manifest declares the sidebar page', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
      sidebar_action?: { default_panel?: string };
    };
    expect(manifest.sidebar_action?.default_panel).toBe(SIDEBAR_PAGE);
  });

  it("lists the tab's references with titles; the chosen one in full, its date field from the keyboard", async () => {
    const { page, sidebar } = await openDossierAndSidebar();
    const item = '.refs [data-ref-id="kst-34843-113"]';
    await poll(() => count(sidebar, item)).toBe(1);
    expect(await text(sidebar, item)).toContain(TITLE_113);
    // The sidebar may have asked while the page was still being scanned; the rest comes with the
    // tab's next report. The page's last reference listed means the scan was done: all is there.
    await poll(() => count(sidebar, `.refs [data-ref-id="${DOSSIER_LAST_REF}"]`)).toBe(1);
    expect(await count(sidebar, '[data-panel-group="eu-acts"] [data-ref-id]')).toBe(4);

    await sidebar.click(`${item} [data-action="choose"]`);
    const detail = 'article.detail[data-ref-id="kst-34843-113"]';
    await sidebar.waitForSelector(detail);
    expect(await text(sidebar, `${detail} h2`)).toBe(TITLE_113);
    const position = `${detail} section.position`;
    const at = () => attr(sidebar, position, 'data-position-date');
    expect(await at()).toBe('2024-10-05');
    expect(await attr(sidebar, position, 'data-stance')).toBe(
      positionAt(knowledgeBase.positions, '2024-10-05').stance,
    );

    // Firefox's own date field, in its en-US order (month, day, year): arrows change the part
    // that has focus, digits are typed part by part; no half-typed year is acted on.
    await sidebar.focus(`${detail} input[type="date"]`);
    await sidebar.keyboard.press('ArrowUp');
    await poll(at).not.toBe('2024-10-05');
    const monthFirst = (await at()) === '2024-11-05';
    if (!monthFirst) expect(await at()).toBe('2024-10-06');
    await sidebar.keyboard.press('ArrowDown');
    await sidebar.keyboard.press('ArrowDown');
    await poll(at).toBe(monthFirst ? '2024-09-05' : '2024-10-04');
    await sidebar.keyboard.type(monthFirst ? '01152025' : '15012025');
    await poll(at).toBe('2025-01-15');
    expect(
      await sidebar.evaluate(
        (s) => document.activeElement === document.querySelector(s),
        `${detail} input[type="date"]`,
      ),
    ).toBe(true);
    expect(await attr(sidebar, position, 'data-stance')).toBe(
      positionAt(knowledgeBase.positions, '2025-01-15').stance,
    );
    await sidebar.close();
    await page.close();
  });

  it('follows the reference hovered on the page', async () => {
    const { page, sidebar } = await openDossierAndSidebar();
    await sidebar.waitForSelector('.refs [data-ref-id]');
    await hover(page, 'Kamerstuk 32 317, nr. 977');
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await poll(() => count(sidebar, 'article.detail[data-ref-id="kst-32317-977"]')).toBe(1);
    await sidebar.close();
    await page.close();
  });
});
