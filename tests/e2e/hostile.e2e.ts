import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highlightSize,
  launch,
  markedTexts,
  pointOfText,
  poll,
  testWorld,
  type Session,
} from './harness';
import {
  counter,
  expectClean,
  expectMarked,
  expectPageWorks,
  hover,
  popoverOnTop,
  REF,
  REF_SHOWN,
  shown,
  visit,
} from './hostile-kit';

/**
 * Hostile pages, end to end (tests/fixtures/pages/nos.nl/hostile/): see hostile-kit.ts for what
 * is checked on every page. The last ones fight what Kamerlens adds: they hide popovers by CSS,
 * delete elements they do not know, or change the text under a mark without pause.
 */
describe('hostile pages', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('* { all: unset }: marked, popover visible and on top', async () => {
    const v = await visit(session, 'all-unset.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await poll(() => popoverOnTop(v)).toBe(true);
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    await expectPageWorks(v);
    await expectClean(session, v);
  });

  it('z-index 2147483647 banner and transparent overlays: popover above them all', async () => {
    const v = await visit(session, 'z-index.html');
    await expectMarked(v, REF);
    // Under a full-page overlay with pointer-events: none.
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await poll(() => popoverOnTop(v)).toBe(true);
    // Inside the fixed banner at the highest z-index.
    await expectMarked(v, 'Kamerstuk 34 843, nr. 113');
    await hover(v, 'Kamerstuk 34 843, nr. 113');
    await poll(() => shown(v)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });
    await poll(() => popoverOnTop(v)).toBe(true);
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    // Under a transparent catcher the page's own click handler still gets the click.
    await expectMarked(v, 'Kamerstuk 32 317, nr. 977');
    const point = await pointOfText(v.page, 'Kamerstuk 32 317, nr. 977', v.world);
    await v.page.mouse.click(point.x, point.y);
    await poll(() => v.page.locator('#catcher').getAttribute('data-clicks')).toBe('1');
    await expectPageWorks(v);
    await expectClean(session, v);
  });

  it('a page that swallows pointer events: marks stay, the keyboard still opens the popover', async () => {
    const v = await visit(session, 'stops-events.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    expect(
      await v.page.evaluate(() => (window as unknown as { swallowed: number }).swallowed),
    ).toBeGreaterThan(0);
    await v.page.keyboard.press('Alt+Shift+K');
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    await expectPageWorks(v);
    await expectClean(session, v);
  });

  it("main-world built-ins replaced by throwing ones (Array.prototype.map, JSON.parse, …) do not reach Kamerlens' isolated world", async () => {
    // Probes run in a world of the test's own: Playwright's main-world evaluate would call the
    // page's replacements (and get nothing back).
    const v = await visit(session, 'prototypes.html', testWorld);
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    await v.page.keyboard.press('Alt+Shift+K');
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await expectPageWorks(v);
    // Nobody, Kamerlens included, called the page's replacements.
    expect(await v.page.locator('html').getAttribute('data-hostile-calls')).toBeNull();
    await expectClean(session, v);
  });

  it('5,000 levels of nesting, block and inline: both references marked and hoverable', async () => {
    const v = await visit(session, 'deep.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    // Split between the outermost and the 5,000th inline element.
    await expectMarked(v, 'Kamerstuk 34 843, nr. 113', 5000, '34 843, nr. 113');
    await hover(v, '34 843, nr. 113');
    await poll(() => shown(v)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });
    await expectPageWorks(v);
    await expectClean(session, v);
  });

  it('200,000 nodes: the first and the last reference marked and hoverable', async () => {
    const v = await visit(session, 'many-nodes.html');
    await expectMarked(v, REF, 10_000);
    await expectMarked(v, 'Kamerstuk 32 317, nr. 977', 10_000);
    await hover(v, 'Kamerstuk 32 317, nr. 977');
    await poll(() => shown(v)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    await expectPageWorks(v);
    await expectClean(session, v);
  });

  it('a page that mutates without pause: marked, and the popover stays open while it does', async () => {
    const v = await visit(session, 'mutating.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    const tick = () => v.page.evaluate(() => Number(document.getElementById('tick')?.textContent));
    const t0 = await tick();
    await poll(tick).toBeGreaterThan(t0 + 200);
    expect(await shown(v)).toEqual(REF_SHOWN);
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    await expectMarked(v, REF);
    await expectPageWorks(v);
    await expectClean(session, v);
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
    await poll(async () => (await removed()).some((name) => name.startsWith('kamerlens-'))).toBe(
      true,
    );
    await hover(v, REF);
    await v.page.keyboard.press('Alt+Shift+K');
    await v.page.keyboard.press('Escape');
    await expectPageWorks(v);
    // Kamerlens added its host once per attempt at most, and then let the page be.
    const settled = await removed();
    expect(settled.every((name) => name.startsWith('kamerlens-card-'))).toBe(true);
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
