import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightSize, launch, markedTexts, type Session } from './harness';
import {
  counter,
  expectClean,
  expectMarked,
  expectPageWorks,
  hover,
  poll,
  popoverOnTop,
  REF,
  REF_SHOWN,
  shown,
  visit,
} from './hostile-kit';

/**
 * Pages that fight what Kamerlens adds: they hide popovers by CSS, delete elements they do not
 * know, or change the text under a mark without pause.
 */
describe('hostile pages that fight back', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('rules that hide [popover], :popover-open and anything after <body>: popover still shows', async () => {
    const v = await visit(session, 'popover-styles.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await poll(() => popoverOnTop(v)).toBe(true);
    await expectPageWorks(v);
    await expectClean(session, v);
  });

  it('a page that deletes every element it does not know: marks stay, no tug of war', async () => {
    const v = await visit(session, 'deletes-unknown.html');
    await expectMarked(v, REF);
    const removed = () =>
      v.page.evaluate(() => (window as unknown as { removedByPage: string[] }).removedByPage);
    await hover(v, REF);
    await poll(removed).toContain('kamerlens-popover');
    await hover(v, REF);
    await v.page.keyboard.press('Alt+Shift+K');
    await v.page.keyboard.press('Escape');
    await expectPageWorks(v);
    // Kamerlens added its host once per attempt at most, and then let the page be.
    const settled = await removed();
    expect(settled.every((name) => name === 'kamerlens-popover')).toBe(true);
    expect(settled.length).toBeLessThanOrEqual(3);
    const now = await counter(v);
    await poll(() => counter(v)).toBeGreaterThan(now + 10);
    expect(await removed()).toEqual(settled);
    expect(await highlightSize(v.page, 'kamerlens-document')).toBeGreaterThan(0);
    await expectClean(session, v);
  });

  it('a page that mutates without pause: the mark stays registered all the while (no flicker)', async () => {
    const v = await visit(session, 'mutating.html');
    await expectMarked(v, REF);
    const tick = () =>
      v.world(() => Number(document.getElementById('tick')?.textContent), undefined);
    // Sample the registry back to back until the page has changed the paragraph 300 times
    // (Kamerlens rescans changed text several times meanwhile): every sample holds the mark.
    const until = (await tick()) + 300;
    const samples: string[][] = [];
    while ((await tick()) < until)
      samples.push(await markedTexts(v.page, 'kamerlens-document', v.world));
    expect(samples.length).toBeGreaterThan(3);
    expect(samples.filter((s) => !s.includes(REF))).toEqual([]);
    await expectClean(session, v);
  });
});
