import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { VisitInput } from '../../src/core/trail';
import {
  highlightSize,
  inExtension,
  inPopover,
  launch,
  pointOfText,
  poll,
  popoverRef,
  tabIdOf,
  type Session,
} from './harness';
import { openSidePanel } from './helpers-panel';
import { expectAccessible, openOptions, openPopup } from './helpers-popup';

const ARTICLE = 'https://nos.nl/artikel/chatcontrol.html';
const ENTRY: VisitInput = {
  url: ARTICLE,
  title: 'Kabinet onthoudt zich van stem over chatcontrole',
  pageDate: '2024-10-05',
  refId: 'kst-26643-1011',
  refKind: 'kamerstuk',
  text: 'Kamerstuk 26 643, nr. 1011',
};

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** What the content script sends when a popover opens, sent here from an extension page. */
const report = (session: Session, entry: VisitInput) =>
  inExtension(
    session,
    (e) =>
      (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.sendMessage({
        type: 'trail-record',
        entry: e,
      }),
    entry,
  );

async function setTrail(options: Page, on: boolean) {
  const toggle = options.locator('[data-action="toggle-trail"]');
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await poll(() => toggle.getAttribute('aria-pressed')).toBe(String(on));
}

async function download(page: Page, action: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('research trail', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('is off by default: a reported popover is not recorded', async () => {
    const options = await openOptions(session);
    expect(await options.locator('[data-action="toggle-trail"]').getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(await report(session, ENTRY)).toEqual({ ok: true, value: { recorded: false } });
    await options.reload();
    await poll(() => options.locator('.trail-section').innerText()).toContain(
      'Nog niets vastgelegd.',
    );
    await options.close();
  });

  it('when on, records a reported popover once per look, shown with page, date and time', async () => {
    const options = await openOptions(session);
    await setTrail(options, true);
    expect(await report(session, ENTRY)).toEqual({ ok: true, value: { recorded: true } });
    // Hovering back and forth over the same reference on the same page is one look.
    expect(await report(session, ENTRY)).toEqual({ ok: true, value: { recorded: false } });

    // The open options page follows without a reload.
    const ref = options.locator('[data-trail-ref="kst-26643-1011"]');
    await poll(() => ref.count()).toBe(1);
    const visit = ref.locator(`[data-visit-url="${ARTICLE}"]`);
    expect(await visit.count()).toBe(1);
    expect(await visit.locator('a').innerText()).toBe(ENTRY.title);
    expect(await visit.locator('a').getAttribute('href')).toBe(ARTICLE);
    expect(await visit.innerText()).toContain('pagina van 5 oktober 2024');
    const time = await visit.locator('time').getAttribute('datetime');
    expect(Date.now() - Date.parse(time ?? '')).toBeLessThan(60_000);
    await expectAccessible(options);
    await options.close();
  });

  it('records the reference whose popover the user opens on a page', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThanOrEqual(2);
    const point = await pointOfText(page, '34 843');
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });

    const options = await openOptions(session);
    const visit = options.locator(`[data-trail-ref="kst-34843-113"] [data-visit-url="${ARTICLE}"]`);
    await poll(() => visit.count()).toBe(1);
    expect(await visit.locator('a').innerText()).toBe(ENTRY.title);
    expect(await visit.innerText()).toContain('pagina van 5 oktober 2024');
    await Promise.all([page.close(), options.close()]);
  });

  it('refuses a malformed report', async () => {
    expect(await report(session, { ...ENTRY, url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      error: 'bad-message',
    });
  });

  it('a note saved in the options page is there after a reload, in the popup and in the side panel, never in the card', async () => {
    const options = await openOptions(session);
    const editor = options.locator('[data-note-for="kst-26643-1011"]');
    await editor.locator('textarea').fill('Navragen bij de griffie:\nstemming 2024');
    await editor.locator('[data-action="save-note"]').click();
    await poll(() => editor.locator('[role="status"]').innerText()).toBe('Opgeslagen.');

    await options.reload();
    await poll(() =>
      options.locator('[data-note-for="kst-26643-1011"] textarea').inputValue(),
    ).toBe('Navragen bij de griffie:\nstemming 2024');
    const fromBackground = await inExtension(
      session,
      (refId) =>
        (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.sendMessage({
          type: 'note-get',
          refId,
        }),
      'kst-26643-1011',
    );
    expect(fromBackground).toMatchObject({
      ok: true,
      value: { refId: 'kst-26643-1011', text: 'Navragen bij de griffie:\nstemming 2024' },
    });

    // The popup offers the same note for the reference on the page.
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    const popup = await openPopup(session, await tabIdOf(session, page));
    const item = popup.locator('[data-ref-id="kst-26643-1011"]');
    await item.locator('[data-action="toggle-note"]').click();
    const field = item.locator('[data-note-for="kst-26643-1011"] textarea');
    await poll(() => field.inputValue()).toBe('Navragen bij de griffie:\nstemming 2024');
    // Edited there, it is what the options page shows next.
    await field.fill('Navragen bij de griffie');
    await item.locator('[data-action="save-note"]').click();
    await poll(() => item.locator('[role="status"]').innerText()).toBe('Opgeslagen.');
    await options.reload();
    await poll(() =>
      options.locator('[data-note-for="kst-26643-1011"] textarea').inputValue(),
    ).toBe('Navragen bij de griffie');
    await field.fill('Navragen bij de griffie:\nstemming 2024');
    await item.locator('[data-action="save-note"]').click();
    await poll(() => item.locator('[role="status"]').innerText()).toBe('Opgeslagen.');

    // And the side panel shows it for the reference; the card on the page never holds it.
    const panel = await openSidePanel(session, await tabIdOf(session, page));
    await panel.locator('.refs [data-ref-id="kst-26643-1011"] [data-action="choose"]').click();
    await poll(() =>
      panel
        .locator(
          'article.detail[data-ref-id="kst-26643-1011"] [data-note-for="kst-26643-1011"] textarea',
        )
        .inputValue(),
    ).toBe('Navragen bij de griffie:\nstemming 2024');
    await panel.close();
    await page.bringToFront();
    const point = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).toEqual({ id: 'kst-26643-1011', kind: 'kamerstuk' });
    await poll(() =>
      inPopover(page, (root) => root.querySelector('[data-action="note"]') !== null, undefined),
    ).toBe(true);
    expect(await inPopover(page, (root) => root.textContent ?? '', undefined)).not.toContain(
      'Navragen bij de griffie',
    );
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('exports the trail and notes as CSV and as JSON', async () => {
    const options = await openOptions(session);
    await options.locator('[data-trail-ref]').first().waitFor();

    const csv = await download(options, 'export-csv');
    expect(csv.name).toMatch(/^kamerlens-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('record,time,reference,kind,text,note,page_url,page_title,page_date');
    const row = lines.find((l) => l.includes(',kst-26643-1011,'));
    expect(row).toMatch(
      new RegExp(
        '^visit,\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z,kst-26643-1011,kamerstuk,"Kamerstuk 26 643, nr. 1011",' +
          '"Navragen bij de griffie:\\nstemming 2024",https://nos.nl/artikel/chatcontrol.html,' +
          'Kabinet onthoudt zich van stem over chatcontrole,2024-10-05$',
      ),
    );
    // Header, one row per visit (the reported one and the one opened on the page), final line end.
    expect(lines.length).toBe(4);
    expect(lines.filter((l) => l.startsWith('visit,')).length).toBe(2);

    const json = await download(options, 'export-json');
    expect(json.name).toMatch(/^kamerlens-trail-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.text);
    expect(data).toMatchObject({
      format: 'kamerlens-research-trail',
      version: 1,
      visits: expect.arrayContaining([{ ...ENTRY, time: expect.any(String) }]),
      notes: [{ refId: 'kst-26643-1011', text: 'Navragen bij de griffie:\nstemming 2024' }],
    });
    expect(data.visits).toHaveLength(2);
    expect(data.visits[0]).not.toHaveProperty('id');
    await options.close();
  });

  it('imports a JSON export, and refuses a bad file with a clear message and nothing lost', async () => {
    const options = await openOptions(session);
    await options.locator('[data-trail-ref]').first().waitFor();
    const status = options.locator('[data-status="trail"]');
    const input = options.locator('#import-file');

    await input.setInputFiles({
      name: 'trail.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('record,time\r\nvisit,2025'),
    });
    await poll(() => status.innerText()).toBe('Dit bestand is geen JSON. Er is niets veranderd.');
    expect(await status.getAttribute('role')).toBe('alert');

    const bad = {
      format: 'kamerlens-research-trail',
      version: 1,
      visits: [{ ...ENTRY, refId: 'term-chatcontrole', refKind: 'term', time: 'gisteren' }],
      notes: [],
    };
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await poll(() => status.innerText()).toBe(
      'Bezoek 1 in het bestand is ongeldig (veld time). Er is niets veranderd.',
    );
    expect(await options.locator('[data-trail-ref]').count()).toBe(2);

    const good = {
      format: 'kamerlens-research-trail',
      version: 1,
      exportedAt: '2025-01-02T00:00:00.000Z',
      visits: [
        {
          ...ENTRY,
          url: 'https://www.tweedekamer.nl/kamerstukken/detail?id=2022Z09312',
          title: 'Verordening CSAM',
          refId: 'term-chatcontrole',
          refKind: 'term',
          text: 'chatcontrole',
          time: '2025-01-01T12:00:00.000Z',
        },
      ],
      notes: [
        {
          refId: 'celex-32021R1232',
          text: 'Tijdelijke verordening',
          updated: '2025-01-01T12:00:00.000Z',
        },
      ],
    };
    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await poll(() => status.innerText()).toBe('Geïmporteerd: 1 bezoeken en 1 notities toegevoegd.');
    await poll(() => options.locator('[data-trail-ref]').count()).toBe(4);
    expect(
      await options.locator('[data-trail-ref="term-chatcontrole"] [data-visit-url]').count(),
    ).toBe(1);
    expect(await options.locator('[data-note-for="celex-32021R1232"] textarea').inputValue()).toBe(
      'Tijdelijke verordening',
    );
    // What was there before is untouched.
    expect(await options.locator('[data-note-for="kst-26643-1011"] textarea').inputValue()).toBe(
      'Navragen bij de griffie:\nstemming 2024',
    );
    await options.close();
  });

  it('deletes everything only after confirmation', async () => {
    const options = await openOptions(session);
    await options.locator('[data-trail-ref]').first().waitFor();
    const dialog = options.locator('dialog.confirm');

    await options.locator('[data-action="delete-trail"]').click();
    await poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(options);
    // Cancel has the focus: Enter or Escape keeps everything.
    await options.keyboard.press('Escape');
    await poll(() => dialog.isVisible()).toBe(false);
    expect(await options.locator('[data-trail-ref]').count()).toBe(4);

    await options.locator('[data-action="delete-trail"]').click();
    await options.locator('[data-action="confirm-delete"]').click();
    await poll(() => options.locator('[data-status="trail"]').innerText()).toBe(
      'Onderzoeksspoor en notities zijn gewist.',
    );
    await poll(() => options.locator('[data-trail-ref]').count()).toBe(0);
    await options.reload();
    await poll(() => options.locator('.trail-section').innerText()).toContain(
      'Nog niets vastgelegd.',
    );
    await options.close();
  });
});
