import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentById, knowledgeBase, motionOutcome, positionAt } from '../../src/core/data';
import { formatCitation } from '../../src/core/data/citation';
import { launch, poll, pointOfText, popoverRef, type Session } from './harness';
import {
  DOSSIER,
  DOSSIER_LAST_REF,
  openArticle,
  openSidePanel,
  setSettings,
} from './helpers-panel';
import { expectAccessible } from './helpers-popup';

const TITLE_113 = 'Positie Nederland ten aanzien van de CSAM-Verordening';

describe('side panel', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it("lists the tab's references by group with their titles, and filters them", async () => {
    const { page, tabId } = await openArticle(session, DOSSIER);
    const panel = await openSidePanel(session, tabId);
    const item = panel.locator('.refs [data-ref-id="kst-34843-113"]');
    await poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toContain(TITLE_113);
    // The panel may have asked while the page was still being scanned; the rest comes with the
    // tab's next report. The page's last reference listed means the scan was done: all is there.
    await poll(() => panel.locator(`.refs [data-ref-id="${DOSSIER_LAST_REF}"]`).count()).toBe(1);
    // One motion however cited: by number and by name it is listed once, under motions.
    const motions = panel.locator('[data-panel-group="motions"]');
    expect(await motions.locator('[data-ref-id="kst-26643-1011"]').count()).toBe(1);
    expect(await motions.locator('[data-ref-id="motie-van-der-werf"]').count()).toBe(1);
    // "motie-Kathmann c.s." means Kamerstuk 32 317, nr. 891 at the page's date, as on the card.
    expect(await motions.locator('[data-ref-id="kst-32317-891"]').count()).toBe(1);
    expect(await panel.locator('[data-ref-id="motie-kathmann"]').count()).toBe(0);
    expect(await motions.locator('[data-ref-id="kst-26643-1011"]').innerText()).toContain('Motie');
    expect(await panel.locator('[data-panel-group="eu-acts"] [data-ref-id]').count()).toBe(4);
    // An unknown paper keeps the chamber and vergaderjaar the page gave.
    expect(await panel.locator('[data-ref-id="kst-36410-VI-12"]').innerText()).toContain('2023/24');

    await panel.locator('#ref-filter').fill('csam-verordening');
    await poll(() => panel.locator('.refs li[data-ref-id]').count()).toBeLessThan(5);
    expect(await item.count()).toBe(1);
    await panel.locator('#ref-filter').fill('');
    await panel.close();
    await page.close();
  });

  it('shows the chosen reference in full; its date field works from the keyboard', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER);
    const panel = await openSidePanel(session, tabId);
    await panel.locator('.refs [data-ref-id="kst-34843-113"] [data-action="choose"]').click();
    const detail = panel.locator('article.detail[data-ref-id="kst-34843-113"]');
    await detail.waitFor();
    expect(await detail.locator('h2').innerText()).toBe(TITLE_113);
    const position = detail.locator('section.position');
    expect(await position.getAttribute('data-position-date')).toBe('2024-10-05');
    expect(await position.getAttribute('data-stance')).toBe(
      positionAt(knowledgeBase.positions, '2024-10-05').stance,
    );
    expect(await detail.locator('.date-written').innerText()).toBe('5 oktober 2024');
    // The position's source is cited as in the card: with its vergaderjaar and its own date.
    const source = positionAt(knowledgeBase.positions, '2024-10-05').source ?? '';
    const cited = formatCitation(source, documentById(knowledgeBase, source));
    expect(cited).toMatch(/^Kamerstukken II \d{4}\/\d{2}, /);
    expect(await position.locator('.rec-position .source .source-link').innerText()).toBe(cited);

    const field = detail.locator('input[type="date"]');
    await field.focus();
    // The field's first part is the day or the month, as the browser's locale orders it.
    await panel.keyboard.press('ArrowUp');
    await poll(() => position.getAttribute('data-position-date')).not.toBe('2024-10-05');
    const monthFirst = (await position.getAttribute('data-position-date')) === '2024-11-05';
    if (!monthFirst) expect(await position.getAttribute('data-position-date')).toBe('2024-10-06');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    await poll(() => position.getAttribute('data-position-date')).toBe(
      monthFirst ? '2024-09-05' : '2024-10-04',
    );
    // Typed digit by digit: no half-typed year (0002, 0020, 0202) is ever acted on.
    await panel.keyboard.type(monthFirst ? '01152025' : '15012025');
    await poll(() => position.getAttribute('data-position-date')).toBe('2025-01-15');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await position.getAttribute('data-stance')).toBe(
      positionAt(knowledgeBase.positions, '2025-01-15').stance,
    );
    expect(await detail.locator('.date-written').innerText()).toBe('15 januari 2025');
    // The timeline marks the period in force; the note field is there.
    expect(await detail.locator('.rec-timeline [aria-current="true"]').count()).toBe(1);
    expect(await detail.locator('textarea').count()).toBe(1);
    await expectAccessible(panel);
    await panel.close();
    await page.close();
  });

  it("shows a motion's course as the card does: vote, advice, answer, each with sources", async () => {
    const { page, tabId } = await openArticle(session, DOSSIER);
    const panel = await openSidePanel(session, tabId);
    await panel.locator('.refs [data-ref-id="kst-26643-1011"] [data-action="choose"]').click();
    const motion = panel.locator('article.detail[data-ref-id="kst-26643-1011"] section.motion');
    await motion.waitFor();
    const doc = documentById(knowledgeBase, 'kst-26643-1011');
    expect(doc?.docType).toBe('motie');
    expect(await motion.locator('.rec-motion').getAttribute('data-motion-outcome')).toBe(
      doc && motionOutcome(doc),
    );
    for (const step of ['vote', 'advice', 'response'])
      expect(await motion.locator(`[data-step="${step}"]`).count(), step).toBe(1);
    await expectAccessible(panel);
    await panel.close();
    await page.close();
  });

  it('follows the reference hovered on the page', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER);
    const panel = await openSidePanel(session, tabId);
    await panel.locator('.refs [data-ref-id]').first().waitFor();
    const at = await pointOfText(page, 'Kamerstuk 32 317, nr. 977');
    await page.mouse.move(at.x, at.y);
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await panel.locator('article.detail[data-ref-id="kst-32317-977"]').waitFor();
    await panel.close();
    await page.close();
  });

  it('speaks English without Dutch words but names and citations, and passes axe-core', async () => {
    await setSettings(session, { language: 'en' });
    try {
      const { page, tabId } = await openArticle(session, DOSSIER);
      const panel = await openSidePanel(session, tabId);
      await panel.locator('.refs [data-ref-id="kst-34843-112"] [data-action="choose"]').click();
      const detail = panel.locator('article.detail');
      await detail.waitFor();
      expect(await detail.locator('.facts').innerText()).toMatch(/^Letter · /);
      expect(await detail.locator('.date-written').innerText()).toBe('5 October 2024');
      const text = await panel.locator('main').innerText();
      for (const dutch of [' brief', 'Brief', 'motie ', 'Moties', 'Begrippen', 'oktober'])
        expect(text, dutch).not.toContain(dutch);
      await expectAccessible(panel);
      await panel.close();
      await page.close();
    } finally {
      await setSettings(session, { language: 'auto' });
    }
  });
});
