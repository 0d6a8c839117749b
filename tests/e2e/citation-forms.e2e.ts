import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  highlightSize,
  inExtension,
  inPopover,
  launch,
  pointOfText,
  poll,
  popoverRef,
  type Session,
} from './harness';
import { openArticle, sendCommand } from './helpers-panel';

// Issue 12 on a real page: the citation forms of every kind (Eerste Kamer letters, ranges, the
// new publication kinds, framework decisions and lists of acts, typeset spaces and zero-width
// characters inside numbers, the Aanhangsel without its chamber, a number in Handelingen) are
// found by the content script as `scan` finds them; terms with a general meaning are marked only
// on a page about the regulation; the overlapping detections of a range can each be reached.

const FORMS = 'https://tweedekamer.nl/debat_en_vergadering/citeervormen.html';
const BUDGET = 'https://nos.nl/artikel/begroting.html';

/** The ids the tab's content script reports (what the popup and the side panel list). */
function reportedIds(session: Session, tabId: number): Promise<string[]> {
  return inExtension(
    session,
    async (id) => {
      const { tabs } = (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).chrome;
      const state = (await tabs.sendMessage(id, { type: 'get-tab-state' })) as {
        detections: { id: string }[];
      } | null;
      return (state?.detections ?? []).map((d) => d.id);
    },
    tabId,
  );
}

async function hover(page: Page, text: string): Promise<void> {
  const point = await pointOfText(page, text);
  await page.mouse.move(point.x, point.y);
}

/** Moves the pointer away and waits for the card to close (Escape needs focus in the page). */
async function closeCard(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await poll(() => popoverRef(page)).toBeNull();
}

describe('citation forms on a page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('finds every kind of citation the detector knows, as `scan` does', async () => {
    const { page, tabId } = await openArticle(session, FORMS);
    const expected = [
      'kst-36101-D',
      'kst-35300-AB',
      'kst-36410-20',
      'kst-36410-21',
      'kst-36410-22',
      'kst-36410-23',
      'stb-2023-512',
      'stcrt-2022-30178',
      'trb-2019-74',
      'celex-32008F0913',
      'celex-32003R0001',
      'celex-32004R0139',
      'kst-26643-1011',
      'ah-tk-20232024-512',
      'kst-36200-VI-12',
      // A footnote's <sup> glued to the act's number; a bare number after its title; the year after.
      'celex-32019R0947',
      'celex-32002F0584',
      'stb-1922-132',
      // A sub-dossier's paper as tkconv.nl lists it; a letterhead whose kind is elsewhere; a
      // Staatscourant in a table row; a footnote's <sup> glued to the citation word.
      'kst-21501-34-366',
      'kst-29279-836',
      'stcrt-2019-27958',
      'dossier-35570',
      'kst-21501-07-1750',
      // Footnote markers in a <sup> (also inside a link) right after a number are not part of it.
      'kst-32317-760',
      'h-tk-20192020-31-8',
      'stb-2017-317',
      'kst-32317-759',
      'kst-36200-VI-14',
      // Lists and ranges of Eerste Kamer letters and Handelingen items, the abbreviations and
      // English names, and a motion of two members joined by "/" (every letter and item).
      'kst-36228-C',
      'kst-36228-D',
      'kst-36228-E',
      'h-tk-20222023-78-4',
      'h-tk-20222023-78-5',
      'h-ek-20192020-12-4',
      'motie-omtzigt-van-weyenberg',
      'kst-35300-VI-3',
      'h-tk-20222023-78-23',
      'stb-2021-135',
      'stcrt-2021-4567',
      // On a page about the regulation a term with a general meaning stays.
      'term-coreper',
      'term-chatcontrol',
    ];
    await poll(() => reportedIds(session, tabId), 10_000).toEqual(expect.arrayContaining(expected));
    const ids = await reportedIds(session, tabId);
    // Never the number cut at the zero-width space, never the wrong kinds of before issue 12.
    expect(ids).not.toContain('kst-26643-10');
    expect(ids).not.toContain('dossier-36101');
    expect(ids).not.toContain('celex-32008D0913');
    expect(ids).not.toContain('celex-32019R9471');
    expect(ids).not.toContain('kst-21501-34');
    for (const glued of ['kst-32317-7602', 'h-tk-20192020-31-83', 'stb-2017-3174', 'kst-32317-5'])
      expect(ids).not.toContain(glued);
    expect(ids).not.toContain('kst-36200-VI-146');
    await page.close();
  });

  it('opens a card with the official link for a Staatsblad reference', async () => {
    const { page } = await openArticle(session, FORMS);
    await hover(page, 'Stb. 2023, 512');
    await poll(() => popoverRef(page), 10_000).toEqual({ id: 'stb-2023-512', kind: 'staatsblad' });
    const href = await inPopover(
      page,
      (root) => root.querySelector<HTMLAnchorElement>('a.official')?.href ?? null,
      null,
    );
    expect(href).toBe('https://zoek.officielebekendmakingen.nl/stb-2023-512');
    await page.close();
  });

  it('reaches each number of a range, by pointer and by keyboard, though their spans overlap', async () => {
    const { page, tabId } = await openArticle(session, FORMS);
    // "nrs. 20–23": each written number opens its own paper, though the implied 21 and 22
    // span the whole range (CONTRACT §2).
    await hover(page, '20–');
    await poll(async () => (await popoverRef(page))?.id, 10_000).toBe('kst-36410-20');
    await closeCard(page);
    await hover(page, '–23');
    await poll(async () => (await popoverRef(page))?.id, 10_000).toBe('kst-36410-23');
    await closeCard(page);

    // Stepping from the top visits every number of the range once, in order.
    const visited: string[] = [];
    for (let k = 0; k < 8; k++) {
      const before = visited[visited.length - 1];
      await sendCommand(session, tabId, 1);
      await poll(async () => (await popoverRef(page))?.id).not.toBe(before);
      const id = (await popoverRef(page))?.id;
      if (id) visited.push(id);
    }
    const range = visited.filter((id) => id.startsWith('kst-36410-'));
    expect(range).toEqual(['kst-36410-20', 'kst-36410-21', 'kst-36410-22', 'kst-36410-23']);
    await page.close();
  });

  it('leaves terms with a general meaning unmarked on a page not about the regulation', async () => {
    const { page, tabId } = await openArticle(session, BUDGET);
    await poll(() => reportedIds(session, tabId)).toContain('kst-36800-VI-12');
    const ids = await reportedIds(session, tabId);
    expect(ids.filter((id) => id.startsWith('term-'))).toEqual([]);
    expect(await highlightSize(page, 'kamerlens-term')).toBe(0);
    // "voorzitterschap" is not explained as the EU Council presidency: nothing opens there.
    await hover(page, 'voorzitterschap');
    await hover(page, 'Coreper');
    await hover(page, '36 800 VI');
    await poll(async () => (await popoverRef(page))?.id, 10_000).toBe('kst-36800-VI-12');
    await page.close();
  });

  it("gives a motion named without number the id of its names on a page not about the regulation, and the debate's motion once it is", async () => {
    const { page, tabId } = await openArticle(session, BUDGET);
    await poll(() => reportedIds(session, tabId)).toContain('kst-36800-VI-12');
    // The same member submits motions on every subject: off the regulation's pages the name is
    // not the regulation's motion (kst-26643-885), in the list and in the card.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'De Kamer nam de motie-Van Raan over het klimaatbeleid aan.';
      document.querySelector('main')?.append(p);
    });
    await poll(() => reportedIds(session, tabId)).toContain('motie-van-raan');
    expect(await reportedIds(session, tabId)).not.toContain('kst-26643-885');
    await hover(page, 'motie-Van Raan');
    await poll(async () => (await popoverRef(page))?.id, 10_000).toBe('motie-van-raan');
    await closeCard(page);
    // A paragraph about chat control arrives: now the name is the debate's motion.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Het kabinet steunt chatcontrole niet.';
      document.querySelector('main')?.append(p);
    });
    await poll(() => reportedIds(session, tabId)).toContain('kst-26643-885');
    expect(await reportedIds(session, tabId)).not.toContain('motie-van-raan');
    await hover(page, 'motie-Van Raan');
    await poll(async () => (await popoverRef(page))?.id, 10_000).toBe('kst-26643-885');
    await page.close();
  });
});
