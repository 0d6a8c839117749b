import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pointOfText, poll, popoverRef, type Session } from './harness';
import { DOSSIER, openArticle, sendCommand, setSettings } from './helpers-panel';
import { openPopup } from './helpers-popup';

/** Scrolls the article so that paragraph `index` (0-based) starts at the top of the window. */
function scrollToParagraph(index: number): void {
  document.querySelectorAll('article p')[index]?.scrollIntoView({ block: 'start' });
}

describe('keyboard commands', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('next and previous count from where the reader is, not from the last press', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
    // At the top of the page the first reference in view is the term in the headline.
    await sendCommand(session, tabId, 1);
    await poll(async () => (await popoverRef(page))?.id).toBe('term-chatcontrol');
    await page.keyboard.press('Escape');
    await poll(() => popoverRef(page)).toBeNull();

    // The reader scrolls on to the paragraph about the ePrivacy directive: "next" starts there.
    await page.evaluate(scrollToParagraph, 15);
    await sendCommand(session, tabId, 1);
    await poll(async () => (await popoverRef(page))?.id).toBe('celex-32002L0058');
    // From a card in view, previous walks back one reference: a term of the paragraph before.
    await sendCommand(session, tabId, -1);
    await poll(async () => (await popoverRef(page))?.kind).toBe('term');
    await page.close();
  });

  it('moves on every press, however quickly the reader presses again', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
    // Spaced presses: the first and the second reference from the top.
    await sendCommand(session, tabId, 1);
    await poll(async () => (await popoverRef(page))?.id).toBe('term-chatcontrol');
    await sendCommand(session, tabId, 1);
    await poll(async () => (await popoverRef(page))?.id).not.toBe('term-chatcontrol');
    const secondId = (await popoverRef(page))?.id;
    await page.close();

    // The same two presses back to back on the page anew end on the second reference too.
    const again = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
    await sendCommand(session, again.tabId, 1, 2);
    await poll(async () => (await popoverRef(again.page))?.id).toBe(secondId);
    await again.page.close();
  });

  it('a card opened by the keyboard stays though the pointer just left a hovered one', async () => {
    const { page } = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
    const point = await pointOfText(page, '34 843, nr. 113');
    await page.mouse.move(point.x, point.y);
    await poll(async () => (await popoverRef(page))?.id).toBe('kst-34843-113');
    // Leaving starts the grace period (400 ms); the keyboard opens the first card in view
    // within it.
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+KeyK');
    await poll(async () => (await popoverRef(page))?.id).toBe('term-chatcontrol');
    const opened = await page.evaluate(() => performance.now());
    // Well past the grace period the keyboard's card is still open.
    await poll(async () => {
      const open = (await popoverRef(page)) !== null;
      const elapsed = (await page.evaluate(() => performance.now())) - opened;
      return open ? (elapsed > 1000 ? 'stayed' : 'open') : 'closed';
    }).toBe('stayed');
    await page.close();
  });

  it('can step through documents only', async () => {
    await setSettings(session, { stepDocumentsOnly: true });
    try {
      const { page, tabId } = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
      await page.evaluate(scrollToParagraph, 15);
      await sendCommand(session, tabId, 1);
      await poll(async () => (await popoverRef(page))?.id).toBe('celex-32002L0058');
      await sendCommand(session, tabId, -1);
      // Paragraph 14 holds only terms; paragraph 13 the motion by Van Raan.
      await poll(async () => (await popoverRef(page))?.id).toBe('kst-26643-885');
      await page.close();
    } finally {
      await setSettings(session, { stepDocumentsOnly: false });
    }
  });

  it('does nothing while the reader types in a field or an editable area', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER, { width: 1280, height: 800 });
    for (const selector of ['#zoek', '#reactie']) {
      await page.locator(selector).click();
      await sendCommand(session, tabId, 1);
      await page.keyboard.press('Alt+Shift+KeyK');
      await page.keyboard.type('abc');
      expect(await popoverRef(page), selector).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(selector.slice(1));
    }
    // Out of the field, the same command opens a card.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await sendCommand(session, tabId, 1);
    await poll(() => popoverRef(page)).not.toBeNull();
    await page.close();
  });
});

describe('toolbar popup, with the side panel', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('rows show titles, the global switch says what it does, and the side panel is offered', async () => {
    const { page, tabId } = await openArticle(session, DOSSIER);
    const popup = await openPopup(session, tabId);
    const row = popup.locator('[data-ref-id="kst-34843-113"] [data-action="reveal"]');
    await poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain(
      'Positie Nederland ten aanzien van de CSAM-Verordening',
    );
    expect(await row.innerText()).toContain('34 843, nr. 113');
    const global = popup.locator('[data-action="toggle-global"]');
    const hintId = await global.getAttribute('aria-describedby');
    expect(await popup.locator(`#${hintId}`).innerText()).toContain('alle sites');
    expect(await popup.locator('[data-action="open-side-panel"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
