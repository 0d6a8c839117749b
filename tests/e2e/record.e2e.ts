/**
 * The record on the card (issue 14): a motion named without number means the one that existed at
 * the page's date, its card shows what became of it (CONTRACT §4 `data-motion-outcome`,
 * `data-cabinet-response`), the timeline shows the motions beside the positions, and after the
 * last statement in the data the card says it is the latest known position.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  highlightSize,
  inPopover,
  launch,
  pointOfText,
  poll,
  popoverState,
  type Session,
} from './harness';

/** The card's data attributes and visible text, read from the popover's closed root (CDP). */
async function card(page: Page): Promise<Record<string, string> | null> {
  const state = await popoverState(page);
  return state ? { ...state.data, text: state.text } : null;
}

/** Opens the record (timeline) on the card and returns its visible text. */
async function openTimeline(page: Page): Promise<string> {
  const text = await inPopover(
    page,
    (root) => {
      const details = root.querySelector<HTMLDetailsElement>('details.timeline');
      if (!details) return '';
      details.open = true;
      return details.innerText;
    },
    undefined,
  );
  return text ?? '';
}

async function hover(page: Page, text: string): Promise<void> {
  const point = await pointOfText(page, text);
  await page.mouse.move(point.x, point.y);
}

async function open(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(1);
  return page;
}

describe('the record on the card', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('reads "motie-Kathmann c.s." on a page of October 2024 as 32 317, nr. 891, with its lifecycle', async () => {
    const page = await open(session, 'https://nos.nl/record/oktober-2024.html');
    await hover(page, 'motie-Kathmann c.s.');
    await poll(() => card(page)).toMatchObject({
      refId: 'kst-32317-891',
      refKind: 'motie',
      motionOutcome: 'adopted',
      cabinetResponse: 'kst-32317-906',
      positionDate: '2024-10-20',
      stance: 'abstain',
    });
    const text = (await card(page))?.text ?? '';
    expect(text).toContain('Ingediend door');
    expect(text).toContain('aangenomen');
    expect(text).toContain('uitgevoerd');
    expect(text).toContain('Kamerstukken II 2024/25, 32 317, nr. 906');
    // The other Kathmann motion's date never shows on this one's card.
    expect(text).not.toContain('25 november 2025');
    expect(text).not.toMatch(/bundel/i);
    await page.close();
  });

  it("shows the cabinet's refusal and the Handelingen item for motie-Van Ginneken c.s.", async () => {
    const page = await open(session, 'https://nos.nl/record/oktober-2024.html');
    await hover(page, 'motie-Van Ginneken c.s.');
    await poll(() => card(page)).toMatchObject({
      refId: 'kst-26643-1011',
      motionOutcome: 'adopted',
      cabinetResponse: 'kst-26643-1043',
    });
    const text = (await card(page))?.text ?? '';
    expect(text).toContain('niet uitgevoerd');
    expect(text).toContain('Handelingen II 2022/23, nr. 78, item 23');
    expect(text).toContain('Kamerstukken II 2022/23, 26 643, nr. 1043');
    await page.close();
  });

  it('says plainly that two motions go by the name on a page of December 2025', async () => {
    const page = await open(session, 'https://nos.nl/record/december-2025.html');
    await hover(page, 'motie-Kathmann c.s.');
    await poll(() => card(page)).toMatchObject({
      refId: 'motie-kathmann',
      motionOutcome: 'adopted',
      stance: 'oppose',
      positionDate: '2025-12-10',
    });
    const shown = await card(page);
    expect(shown).not.toHaveProperty('cabinetResponse');
    expect(shown?.text).toContain('bestonden 2 moties met deze naam');
    expect(shown?.text).toContain('Kamerstukken II 2024/25, 32 317, nr. 891');
    expect(shown?.text).toContain('nummer niet gevonden');
    await page.close();
  });

  it('after the last statement: "latest known position" with the check date, and the timeline beside it', async () => {
    const page = await open(session, 'https://nos.nl/record/november-2026.html');
    await hover(page, '32 317, nr. 977');
    await poll(() => card(page)).toMatchObject({
      refId: 'kst-32317-977',
      positionDate: '2026-11-20',
      stance: 'oppose',
    });
    const shown = await card(page);
    // The Coreper vote is cited to a report of its own day (FACTS.md), never a later one.
    expect(shown?.positionSource).toMatch(/^https:\/\/www\.security\.nl\/posting\/914776\//);
    expect(shown?.text).toContain('sinds 26 november 2025');
    expect(shown?.text).toContain('Laatst bekende positie');
    expect(shown?.text).toContain('30 november 2026');
    const timeline = await openTimeline(page);
    // One line per entry on what changed, with its source (vergaderjaar included) …
    expect(timeline).toContain('Kamerstukken II 2024/25, 34 843, nr. 113');
    expect(timeline).toContain('bevestigd');
    // … and the motions beside it, with what the cabinet did.
    expect(timeline).toContain('Motie-Van Ginneken c.s.');
    expect(timeline).toContain('Antwoord kabinet');
    await page.close();
  });

  it.each([
    // CONTRACT §4 for every numbered motion in the data, as FACTS.md and the answers give them.
    ['Kamerstuk 26 643, nr. 885', 'kst-26643-885', 'adopted', 'kst-26643-908'],
    ['Kamerstuk 26 643, nr. 1011', 'kst-26643-1011', 'adopted', 'kst-26643-1043'],
    // FACTS.md says nothing of the vote on nr. 856; the cabinet answered in 34 843, nr. 112.
    ['Kamerstuk 32 317, nr. 856', 'kst-32317-856', 'unknown', 'kst-34843-112'],
    ['Kamerstuk 32 317, nr. 891', 'kst-32317-891', 'adopted', 'kst-32317-906'],
  ])(
    '%s: data-motion-outcome and data-cabinet-response as the record has them',
    async (text, refId, outcome, response) => {
      const page = await open(session, 'https://nos.nl/record/moties-2025.html');
      await hover(page, text);
      await poll(() => card(page)).toMatchObject({
        refId,
        motionOutcome: outcome,
        cabinetResponse: response,
        positionDate: '2025-01-15',
        stance: 'oppose',
        positionSource: 'kst-32317-906',
      });
      await page.close();
    },
  );

  it('reads "motie-Kathmann c.s." before nr. 891 existed as nr. 891 (FACTS.md: before 2025-11-25)', async () => {
    const page = await open(session, 'https://nos.nl/record/september-2024.html');
    await hover(page, 'motie-Kathmann c.s.');
    await poll(() => card(page)).toMatchObject({
      refId: 'kst-32317-891',
      motionOutcome: 'adopted',
      cabinetResponse: 'kst-32317-906',
      positionDate: '2024-09-20',
      stance: 'undecided',
      positionSource: 'kst-34843-112',
    });
    const text = (await card(page))?.text ?? '';
    expect(text).not.toContain('25 november 2025');
    expect(text).not.toMatch(/moties met deze naam|nog geen motie/);
    await page.close();
  });

  it('between the proposal and the fiche: no cabinet position yet, and no source', async () => {
    const page = await open(session, 'https://nos.nl/record/mei-2022.html');
    await hover(page, 'COM(2022) 209');
    await poll(() => card(page)).toMatchObject({
      refId: 'celex-52022PC0209',
      positionDate: '2022-05-20',
      stance: 'no-proposal',
    });
    const shown = await card(page);
    expect(shown).not.toHaveProperty('positionSource');
    expect(shown?.text).toContain('Nog geen kabinetsstandpunt');
    expect(shown?.text).not.toMatch(/Nog geen voorstel|Er lag nog geen voorstel/);
    await page.close();
  });

  it('reads the date a parliamentary paper shows in its text on tweedekamer.nl and officielebekendmakingen', async () => {
    const tk = await open(
      session,
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail.html',
    );
    await hover(tk, '32 317, nr. 906');
    await poll(() => card(tk)).toMatchObject({
      refId: 'kst-32317-906',
      positionDate: '2025-09-29',
      stance: 'oppose',
      positionSource: 'kst-32317-972',
    });
    const text = (await card(tk))?.text ?? '';
    expect(text).toContain('datum in het document');
    expect(text).not.toContain('geen datum');
    await tk.close();

    // The labelled publication date (2 October) and the letter's own date line (1 October):
    // the metadata table comes first, as on the site.
    const ob = await open(session, 'https://zoek.officielebekendmakingen.nl/kst-34843-113.html');
    await hover(ob, '34 843, nr. 112');
    await poll(() => card(ob)).toMatchObject({ positionDate: '2024-10-02', stance: 'abstain' });
    await ob.close();

    // eerstekamer.nl: "Datum brief: 1 december 2025" in the letter's metadata, no <time>.
    const ek = await open(session, 'https://www.eerstekamer.nl/brief/detail.html');
    await hover(ek, '32 317, nr. 972');
    await poll(() => card(ek)).toMatchObject({ positionDate: '2025-12-01', stance: 'oppose' });
    expect((await card(ek))?.text ?? '').not.toContain('geen datum');
    await ek.close();
  });
});
