import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import {
  extensionUrl,
  highlightSize,
  launch,
  markedTexts,
  pointOfText,
  poll,
  popoverBox,
  popoverHostTag,
  popoverRef,
  POPUP_PAGE,
  ROOT,
  tabIdOf,
  UNMATCHED_HOST,
  type Session,
} from './harness';

const ARTICLE = 'https://nos.nl/artikel/chatcontrol.html';

describe('the built extension in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('marks a reference on a nos.nl article, opens its popover on hover and closes it on Escape', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);

    const point = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => popoverRef(page), { timeout: 1000, interval: 25 })
      .toEqual({
        id: 'kst-26643-1011',
        kind: 'kamerstuk',
      });
    // Placed beside the reference, not at the corner of the viewport.
    await poll(async () => (await popoverBox(page, '.card'))?.y ?? 0).toBeGreaterThan(point.y);
    await page.screenshot({ path: path.join(ROOT, 'tests/screenshots/popover-light.png') });

    await page.keyboard.press('Escape');
    await poll(() => popoverRef(page)).toBeNull();
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('finds a reference split by a link', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    const point = await pointOfText(page, '34 843');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });
    await page.close();
  });

  it('styles the marks inside nested inline elements too (the rules sit on the root)', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    // The link inside "Kamerstuk <a>34 843</a>, nr. 113" gets its highlight style by inheritance
    // from the root's, as Chromium resolves highlight styles (see src/build/root-highlight-plugin).
    const styles = await page.evaluate(() => {
      const link = [...document.querySelectorAll('p a')].find((a) => a.textContent === '34 843');
      if (!link) return null;
      const of = (name: string) => getComputedStyle(link, `::highlight(${name})`);
      return {
        document: of('kamerlens-document').backgroundColor,
        documentText: of('kamerlens-document').color,
        term: of('kamerlens-term').textDecorationStyle,
        unrelated: of('someone-else').backgroundColor,
      };
    });
    expect(styles).toEqual({
      document: 'rgba(255, 222, 128, 0.88)',
      documentText: 'rgb(27, 31, 36)',
      term: 'dotted',
      unrelated: 'rgba(0, 0, 0, 0)',
    });
    await page.close();
  });

  it("leaves the page's visible text and elements as they are without the extension", async () => {
    const snapshot = async (url: string) => {
      const page = await session.context.newPage();
      await page.goto(url);
      if (url === ARTICLE)
        await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
      const result = await page.evaluate(() => ({
        text: document.body.innerText,
        elements: [...document.querySelectorAll('*')].filter(
          (e) => !e.localName.startsWith('kamerlens-'),
        ).length,
        html: document.body.outerHTML,
      }));
      await page.close();
      return result;
    };
    const withExtension = await snapshot(ARTICLE);
    const without = await snapshot(`https://${UNMATCHED_HOST}/artikel/chatcontrol.html`);
    expect(withExtension).toEqual(without);
  });

  it('lists the reference in the popup for ?tabId=N, and the site toggle removes and restores marks without reload', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    const tabId = await tabIdOf(session, page);

    const popup = await session.context.newPage();
    await popup.goto(`${extensionUrl(POPUP_PAGE)}?tabId=${tabId}`);
    await expect.poll(() => popup.locator('[data-ref-id="kst-26643-1011"]').count()).toBe(1);
    const siteToggle = popup.locator('[data-action="toggle-site"]');
    await expect.poll(() => siteToggle.getAttribute('aria-pressed')).toBe('true');

    // Open a popover first: switching off must take it away too.
    await page.bringToFront();
    const point = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).not.toBeNull();

    await siteToggle.click();
    await poll(() => siteToggle.getAttribute('aria-pressed')).toBe('false');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(0);
    await poll(() => popoverRef(page)).toBeNull();

    await siteToggle.click();
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    await popup.close();
    await page.close();
  });

  it('the global toggle switches marking off everywhere and back on', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    const tabId = await tabIdOf(session, page);
    const popup = await session.context.newPage();
    await popup.goto(`${extensionUrl(POPUP_PAGE)}?tabId=${tabId}`);
    const globalToggle = popup.locator('[data-action="toggle-global"]');
    await poll(() => globalToggle.getAttribute('aria-pressed')).toBe('true');
    await globalToggle.click();
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(0);
    await globalToggle.click();
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('odd pages', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('a page with no text raises no error', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/leeg.html');
    await page.goto('https://nos.nl/artikel/chatcontrol.html');
    // The second page being marked shows the extension ran on the first without failing.
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('a page of 10,000 paragraphs gets its last reference marked and hoverable', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/lang.html');
    // Only marks near the viewport are registered: none at the top of this page.
    await poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    const point = await pointOfText(page, 'Kamerstuk 32 317, nr. 977');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(1);
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-32317-977', kind: 'kamerstuk' });
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows the marks wherever the reader scrolls on a tall page, and only those', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/hoog.html');
    // Each stop lies inside a group of watched blocks, far from the group's first and last.
    for (const n of [124, 109, 140]) {
      const point = await pointOfText(page, `nr. ${n} over`);
      await poll(() => markedTexts(page)).toContain(`Kamerstuk 32 317, nr. ${n}`);
      await page.mouse.move(point.x, point.y);
      await poll(() => popoverRef(page)).toEqual({ id: `kst-32317-${n}`, kind: 'kamerstuk' });
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
    }
    // Near the viewport only: far fewer ranges than the page's 48 references.
    expect(await highlightSize(page, 'kamerlens-document')).toBeLessThanOrEqual(32);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('a page that removes the popover host still gets a popover on the next hover', async () => {
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/verwijdert-onbekend.html');
    // The Kamerstuk and the motion named after its submitter.
    await poll(() => highlightSize(page, 'kamerlens-document')).toBe(2);
    const point = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    // First hover: the page removes our host as soon as it is added.
    await page.mouse.move(point.x, point.y);
    await page.mouse.move(5, 5);
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverHostTag(page)).toBeNull();
    // Kamerlens carries on: the mark stays and the page sees no error.
    expect(await highlightSize(page, 'kamerlens-document')).toBe(2);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });
});
