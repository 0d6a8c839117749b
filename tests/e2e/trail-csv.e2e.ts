import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LIMITS, MAX_VISITS } from '../../src/core/trail';
import { readCsv } from '../rfc4180';
import { highlightSize, launch, pointOfText, poll, popoverRef, type Session } from './harness';
import { openOptions } from './helpers-popup';

/**
 * The CSV export round trip (issue 11): a page title and a note holding `;`, quotes, commas,
 * line breaks and a spreadsheet formula come back exactly when the file is read by RFC 4180, the
 * formula behind its apostrophe as always; exported as JSON, deleted and imported again, the
 * trail exports to the same CSV, byte for byte.
 */
const PAGE = 'https://nos.nl/artikel/puntkomma.html';
const TITLE = '=HYPERLINK("https://x.test";"klik"); "Kabinet", ja; nee';
const NOTE = 'Navragen; "griffie", morgen\nTweede regel; =1+1';
const REF = 'kst-26643-1011';

async function download(page: Page, action: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

describe('research trail as CSV', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('the options say how many visits are kept and how long an address may be, in Dutch and English', async () => {
    const options = await openOptions(session);
    const cap = options.locator('[data-trail-cap]');
    expect(await cap.getAttribute('data-trail-cap')).toBe(String(MAX_VISITS));
    expect(await cap.innerText()).toContain('Het spoor bewaart de laatste 10.000 bezoeken');
    expect(LIMITS.url).toBe(2048);
    expect(await options.locator('.trail-section').innerText()).toContain(
      'Adressen langer dan 2.048 tekens worden ingekort.',
    );
    await options.locator('#language').selectOption('en');
    await poll(() => cap.innerText()).toContain('The trail keeps the last 10,000 visits');
    expect(await options.locator('.trail-section').innerText()).toContain(
      'Addresses longer than 2,048 characters are shortened.',
    );
    await options.locator('#language').selectOption('auto');
    await poll(() => cap.innerText()).toContain('10.000');
    await options.close();
  });

  it('a title and note with ; quotes, line breaks and a formula come back exactly, also after export and import', async () => {
    const options = await openOptions(session);
    await options.locator('[data-action="toggle-trail"]').click();
    await poll(() =>
      options.locator('[data-action="toggle-trail"]').getAttribute('aria-pressed'),
    ).toBe('true');

    // The reader opens the reference's card on the page: one visit, with the page's title.
    const page = await session.context.newPage();
    await page.goto(PAGE);
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    const point = await pointOfText(page, 'Kamerstuk 26 643, nr. 1011');
    await page.mouse.move(point.x, point.y);
    await poll(() => popoverRef(page)).toEqual({ id: REF, kind: 'kamerstuk' });
    await page.close();

    // …and writes a note on it in the options page.
    const editor = options.locator(`[data-note-for="${REF}"]`);
    await editor.locator('textarea').fill(NOTE);
    await editor.locator('[data-action="save-note"]').click();
    await poll(() => editor.locator('[role="status"]').innerText()).toBe('Opgeslagen.');

    const csv = await download(options, 'export-csv');
    const rows = readCsv(csv.replace(/^\uFEFF/, ''), ',');
    expect(rows[0]).toEqual([
      'record',
      'time',
      'reference',
      'kind',
      'text',
      'note',
      'page_url',
      'page_title',
      'page_date',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      'visit',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/),
      REF,
      'kamerstuk',
      'Kamerstuk 26 643, nr. 1011',
      NOTE,
      PAGE,
      // A formula is kept from running by a leading apostrophe, as the export always did.
      `'${TITLE}`,
      '2024-10-05',
    ]);
    // Each field with a `;` is quoted, so a spreadsheet splitting on `;` keeps it whole.
    expect(csv).toContain(`,"'${TITLE.replace(/"/g, '""')}",`);
    expect(csv).toContain(`,"${NOTE.replace(/"/g, '""')}",`);

    // Export as JSON, delete everything, import that file: the CSV is the same again.
    const json = await download(options, 'export-json');
    await options.locator('[data-action="delete-trail"]').click();
    await options.locator('[data-action="confirm-delete"]').click();
    await poll(() => options.locator('[data-trail-ref]').count()).toBe(0);
    await options.locator('#import-file').setInputFiles({
      name: 'trail.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await poll(() => options.locator('[data-status="trail"]').innerText()).toBe(
      'Geïmporteerd: 1 bezoeken en 1 notities toegevoegd.',
    );
    await poll(() => options.locator(`[data-note-for="${REF}"] textarea`).inputValue()).toBe(NOTE);
    expect(await download(options, 'export-csv')).toBe(csv);
    await options.close();
  });
});
