import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, poll, popoverRef, ROOT, type Session } from './harness';
import { cardLayout, cardViolations } from './helpers-card';
import { DOSSIER, openArticle, openSidePanel, sendCommand, setSettings } from './helpers-panel';
import { expectAccessible, openOptions, openPopup } from './helpers-popup';

const SHOTS = path.join(ROOT, 'tests/screenshots');
/** Article shown around the card in its screenshot (CSS pixels). */
const MARGIN = 24;
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

describe('card and side panel in Dutch and English, light and dark', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await setSettings(session, { language: 'auto' });
    await session.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: the card passes axe-core on a light and a dark page; screenshots of card and side panel`, async () => {
      await setSettings(session, { language: lang });
      for (const theme of ['light', 'dark'] as const) {
        // The article follows the colour scheme: a dark page gets a dark card.
        const { page, tabId } = await openArticle(
          session,
          DOSSIER,
          { width: 1280, height: 800 },
          theme,
        );
        await page.evaluate(() => document.querySelectorAll('article p')[0]?.scrollIntoView());
        await sendCommand(session, tabId, 1);
        await poll(async () => (await popoverRef(page))?.id).toBe('kst-34843-113');
        expect(
          await cardViolations(page, AXE_SOURCE, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']),
          `card ${lang} ${theme}`,
        ).toEqual([]);
        // The card and a margin of the article around it: small files for the README.
        const card = (await cardLayout(page))?.card;
        if (!card) throw new Error('no card to photograph');
        const x = Math.max(0, card.left - MARGIN);
        const y = Math.max(0, card.top - MARGIN);
        await page.screenshot({
          path: path.join(SHOTS, `card-${lang}-${theme}.png`),
          clip: {
            x,
            y,
            width: Math.min(1280, card.right + MARGIN) - x,
            height: Math.min(800, card.bottom + MARGIN) - y,
          },
        });

        const panel = await openSidePanel(session, tabId);
        await panel.emulateMedia({ colorScheme: theme });
        await panel.locator('article.detail[data-ref-id="kst-34843-113"]').waitFor();
        await panel.screenshot({
          path: path.join(SHOTS, `side-panel-${lang}-${theme}.png`),
          clip: { x: 0, y: 0, width: 400, height: 720 },
        });
        await panel.close();
        await page.close();
      }
    });

    it(`${lang}: popup, options and side panel pass axe-core in light and dark`, async () => {
      await setSettings(session, { language: lang });
      const { page, tabId } = await openArticle(session, DOSSIER);
      const popup = await openPopup(session, tabId);
      await popup.locator('[data-ref-id]').first().waitFor();
      expect(await popup.locator('html').getAttribute('lang')).toBe(lang);
      await expectAccessible(popup);
      const panel = await openSidePanel(session, tabId);
      await panel.locator('.refs [data-ref-id="kst-26643-1011"] [data-action="choose"]').click();
      await panel.locator('article.detail').waitFor();
      await expectAccessible(panel);
      const options = await openOptions(session);
      await expectAccessible(options);
      // Heading levels step down one at a time: h1, then h2 sections, h3 inside them.
      const levels = await options.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1])),
      );
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - (levels[i - 1] ?? 1), `heading ${i}`).toBeLessThanOrEqual(1);
      });
      for (const p of [popup, panel, options, page]) await p.close();
    });
  }
});

// The README shows these files; the test above writes them.
it('the README shows the card and side panel screenshots', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const lang of ['nl', 'en'])
    for (const theme of ['light', 'dark'])
      for (const what of ['card', 'side-panel'])
        expect(readme).toContain(`tests/screenshots/${what}-${lang}-${theme}.png`);
});
