import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, poll, type Session } from './harness';
import { markedTextsInPage } from './fixtures';

// Terms with a general meaning ("AIVD") are marked only on a page about the regulation (issue
// 12); the scan keeps that decision as it goes (issue 15), so these check it follows the page
// both ways when its text changes, and keeps the first-occurrence rule when it turns.

const terms = (page: Page) => page.evaluate(markedTextsInPage, 'kamerlens-term');
const documents = (page: Page) => page.evaluate(markedTextsInPage, 'kamerlens-document');

describe('terms with a general meaning', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('are marked once the page turns out to be about the regulation, and unmarked when it no longer is', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/algemeen.html');
    // The document reference in the last block is marked: the whole page was scanned.
    await poll(() => documents(page)).toContain('Kamerstuk 36 999, nr. 999');
    expect(await terms(page)).toEqual([]);

    // A paragraph about chat control arrives: the page is about the regulation now.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'about';
      p.textContent = 'Het kabinet steunt chatcontrole niet.';
      document.getElementById('main')?.append(p);
    });
    await poll(async () => (await terms(page)).sort()).toEqual(['AIVD', 'chatcontrole']);
    // The first "AIVD" of the page is the one marked (first occurrence only, by default).
    const first = await page.evaluate(() => {
      const range = CSS.highlights.get('kamerlens-term');
      let parent: string | null = null;
      range?.forEach((r) => {
        if (r.startContainer.textContent?.includes('AIVD') && r.endOffset - r.startOffset === 4)
          parent = r.startContainer.textContent;
      });
      return parent;
    });
    expect(first).toContain('De AIVD waarschuwt');

    // It goes again: so does the page's reason to mark "AIVD", and the document mark stays.
    await page.evaluate(() => document.getElementById('about')?.remove());
    await poll(() => terms(page)).toEqual([]);
    expect(await documents(page)).toContain('Kamerstuk 36 999, nr. 999');
    await page.close();
  });
});
