import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TRAIL_DB_VERSION } from '../../src/core/trail';
import {
  EXTENSION_ID,
  extensionUrl,
  highlightSize,
  launch,
  poll,
  POPUP_PAGE,
  tabIdOf,
  type Session,
} from './harness';
import { openSidePanel } from './helpers-panel';
import { openOptions, openPopup } from './helpers-popup';

/**
 * The options page when the trail database fails under it (issue 11): blocked by an older
 * connection that will not close, written by a newer Kamerlens, or full. Each action says what
 * did not happen, why and what to do, and nothing is lost. Another extension page (same origin)
 * plays the other Kamerlens: it holds the database open, or upgrades it past this build; the
 * browser's quota for the extension is lowered through CDP (Storage.overrideQuotaForOrigin).
 */
const REF = 'kst-26643-1011';
const NOTE = 'Navragen bij de griffie';

const BLOCKED =
  'Een ander venster of tabblad van Kamerlens (instellingen of zijpaneel van een oudere ' +
  'versie) houdt het spoor nog open. Sluit dat en probeer het opnieuw; de lijst verschijnt dan ' +
  'vanzelf.';
const NEWER =
  'Het spoor is opgeslagen door een nieuwere versie van Kamerlens. Werk Kamerlens bij of ' +
  'herstart de browser om een update af te maken; het spoor blijft zoals het is.';

interface Held {
  held?: IDBDatabase;
}

/** In `other`: opens the trail at `version` and keeps it open, deaf to version changes. */
const hold = (other: Page, version: number, note?: { refId: string; text: string }) =>
  other.evaluate(
    ({ version, note }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('kamerlens-trail', version);
        request.onupgradeneeded = () => {
          // A new database at version 1 gets version 1's stores (and the note), as Kamerlens made.
          if (request.result.objectStoreNames.contains('notes')) return;
          request.result.createObjectStore('visits', { keyPath: 'id', autoIncrement: true });
          const notes = request.result.createObjectStore('notes', { keyPath: 'refId' });
          if (note) notes.put({ ...note, updated: '2025-01-01T00:00:00.000Z' });
        };
        request.onsuccess = () => {
          (window as Held).held = request.result;
          resolve(request.result.version);
        };
        request.onerror = () => reject(request.error);
      }),
    { version, note },
  );

/** In `other`: the notes as stored, read through the connection it holds. */
const heldNotes = (other: Page) =>
  other.evaluate(
    () =>
      new Promise<{ refId: string; text: string }[]>((resolve, reject) => {
        const db = (window as Held).held;
        if (!db) return reject(new Error('nothing held'));
        const all = db.transaction('notes').objectStore('notes').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      }),
  );

const release = (other: Page) => other.evaluate(() => (window as Held).held?.close());

async function deleteAll(options: Page): Promise<void> {
  await options.locator('[data-action="delete-trail"]').click();
  await options.locator('[data-action="confirm-delete"]').click();
}

const QUOTA =
  'Er is geen ruimte meer: de schijf of de opslaglimiet van de browser is vol. Maak ' +
  'schijfruimte vrij, of exporteer het spoor en wis oude bezoeken, en probeer het opnieuw.';

describe('the trail storage failing under the options page', () => {
  let session: Session;
  let other: Page;
  beforeAll(async () => {
    session = await launch();
    other = await session.context.newPage();
    // The popup page, not the options page: an extension page that opens no trail of its own.
    await other.goto(extensionUrl(POPUP_PAGE));
  });
  afterAll(async () => {
    await session.close();
  });

  it('blocked by an older version: the list, export and delete say so, nothing is deleted, the list comes by itself', async () => {
    // An older Kamerlens page holds version 1, with a note in it, and does not let go.
    expect(await hold(other, 1, { refId: REF, text: NOTE })).toBe(1);
    const options = await openOptions(session);
    const listAlert = options.locator('[data-trail-failed] [role="alert"]');
    await poll(() => listAlert.innerText()).toBe(
      `Het onderzoeksspoor kan nu niet worden getoond. ${BLOCKED}`,
    );
    const status = options.locator('[data-status="trail"]');
    await options.locator('[data-action="export-csv"]').click();
    await poll(() => status.innerText()).toBe(
      `Exporteren is mislukt: er is geen bestand opgeslagen. ${BLOCKED}`,
    );
    expect(await status.getAttribute('role')).toBe('alert');
    await deleteAll(options);
    await poll(() => status.innerText()).toBe(`Wissen is mislukt: er is niets gewist. ${BLOCKED}`);
    // "Try again" while still blocked says the same again.
    await options.locator('[data-action="retry-trail"]').click();
    await poll(() => listAlert.innerText()).toContain(BLOCKED);

    // The other page lets go: the upgrade goes through, the list appears without a click, with
    // the note that was there all along.
    await release(other);
    await poll(() => options.locator('[data-trail-failed]').count()).toBe(0);
    await poll(() => options.locator(`[data-note-for="${REF}"] textarea`).inputValue()).toBe(NOTE);
    await options.close();
  });

  it('written by a newer version: note save, export, import and delete say so; the note stays in the field and in the trail', async () => {
    const options = await openOptions(session);
    const field = options.locator(`[data-note-for="${REF}"] textarea`);
    await poll(() => field.inputValue()).toBe(NOTE);

    // A newer Kamerlens upgrades the database; this build's connections step aside.
    expect(await hold(other, TRAIL_DB_VERSION + 1)).toBe(TRAIL_DB_VERSION + 1);

    // The reader edits the note and saves: refused, the text stays in the field.
    await field.fill(`${NOTE}; en de stemming`);
    await options.locator(`[data-note-for="${REF}"] [data-action="save-note"]`).click();
    await poll(() => options.locator(`[data-note-for="${REF}"] [role="status"]`).innerText()).toBe(
      `De notitie is niet opgeslagen; uw tekst staat nog in het veld. ${NEWER}`,
    );
    expect(await field.inputValue()).toBe(`${NOTE}; en de stemming`);

    const status = options.locator('[data-status="trail"]');
    await options.locator('[data-action="export-json"]').click();
    await poll(() => status.innerText()).toBe(
      `Exporteren is mislukt: er is geen bestand opgeslagen. ${NEWER}`,
    );
    await options.locator('#import-file').setInputFiles({
      name: 'trail.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'kamerlens-research-trail',
          version: 1,
          visits: [],
          notes: [{ refId: 'celex-32021R1232', text: 'Nieuw', updated: '2025-01-01T12:00:00Z' }],
        }),
      ),
    });
    await poll(() => status.innerText()).toBe(
      `Importeren is mislukt: er is niets veranderd. ${NEWER}`,
    );
    await deleteAll(options);
    await poll(() => status.innerText()).toBe(`Wissen is mislukt: er is niets gewist. ${NEWER}`);
    // The list shown before stays, with the reason it cannot be refreshed.
    expect(await field.inputValue()).toBe(`${NOTE}; en de stemming`);
    await poll(() => options.locator('[data-trail-failed] [role="alert"]').innerText()).toBe(
      `Het onderzoeksspoor kan nu niet worden getoond. ${NEWER}`,
    );

    // The popup's note field for the reference on a page cannot read the note: it stays locked
    // (an empty field saved would replace the note) and says why.
    const page = await session.context.newPage();
    await page.goto('https://nos.nl/artikel/chatcontrol.html');
    await poll(() => highlightSize(page, 'kamerlens-document')).toBeGreaterThan(0);
    const popup = await openPopup(session, await tabIdOf(session, page));
    const item = popup.locator(`[data-ref-id="${REF}"]`);
    await item.locator('[data-action="toggle-note"]').click();
    await poll(() => item.locator(`[data-note-for="${REF}"] [role="status"]`).innerText()).toBe(
      'Uw notitie kan nu niet worden gelezen; het veld blijft dicht, zodat er niets wordt ' +
        `overschreven. ${NEWER}`,
    );
    expect(await item.locator(`[data-note-for="${REF}"] textarea`).isDisabled()).toBe(true);
    expect(await item.locator('[data-action="save-note"]').isDisabled()).toBe(true);
    await popup.close();

    // So does the side panel's note editor (the card on the page holds no note at all).
    const panel = await openSidePanel(session, await tabIdOf(session, page));
    await panel.locator(`.refs [data-ref-id="${REF}"] [data-action="choose"]`).click();
    const editor = panel.locator(`article.detail[data-ref-id="${REF}"] [data-note-for="${REF}"]`);
    await poll(() => editor.locator('[role="status"]').innerText()).toBe(
      'Uw notitie kan nu niet worden gelezen; het veld blijft dicht, zodat er niets wordt ' +
        `overschreven. ${NEWER}`,
    );
    expect(await editor.locator('textarea').isDisabled()).toBe(true);
    await panel.close();
    await page.close();

    // Nothing was lost or added: the newer database holds the note as it was.
    expect(await heldNotes(other)).toEqual([
      { refId: REF, text: NOTE, updated: '2025-01-01T00:00:00.000Z' },
    ]);
    await options.close();
  });
});

describe('the trail storage full', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('an import past the quota says there is no room and what to do, and adds nothing', async () => {
    const options = await openOptions(session);
    await poll(() => options.locator('.trail-section').innerText()).toContain(
      'Nog niets vastgelegd.',
    );
    // The browser's storage limit for the extension's origin, set far below the file (CDP).
    const cdp = await options.context().newCDPSession(options);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: `chrome-extension://${EXTENSION_ID}`,
      quotaSize: 1024,
    });
    const visits = Array.from({ length: 400 }, (_, i) => ({
      url: `https://nos.nl/artikel/${i}-${'x'.repeat(200)}`,
      title: `Artikel ${i}`,
      pageDate: '2024-10-05',
      refId: REF,
      refKind: 'kamerstuk',
      text: 'Kamerstuk 26 643, nr. 1011',
      time: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
    }));
    await options.locator('#import-file').setInputFiles({
      name: 'groot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'kamerlens-research-trail', version: 1, visits, notes: [] }),
      ),
    });
    await poll(() => options.locator('[data-status="trail"]').innerText()).toBe(
      `Importeren is mislukt: er is niets veranderd. ${QUOTA}`,
    );
    expect(await options.locator('[data-trail-ref]').count()).toBe(0);

    // With room again, the same file goes in whole: the failed try left nothing half written.
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: `chrome-extension://${EXTENSION_ID}`,
    });
    await options.locator('#import-file').setInputFiles({
      name: 'groot-2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'kamerlens-research-trail', version: 1, visits, notes: [] }),
      ),
    });
    await poll(() => options.locator('[data-status="trail"]').innerText()).toBe(
      'Geïmporteerd: 400 bezoeken en 0 notities toegevoegd.',
    );
    await poll(() => options.locator(`[data-trail-ref="${REF}"] [data-visit-url]`).count()).toBe(
      400,
    );
    await cdp.detach();
    await options.close();
  });
});
