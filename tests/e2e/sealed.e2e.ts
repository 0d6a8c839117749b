import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickInPopover,
  extensionUrl,
  inExtension,
  inPopover,
  launch,
  OPTIONS_PAGE,
  poll,
  popoverHostTag,
  tabIdOf,
  type Session,
} from './harness';
import {
  expectClean,
  expectMarked,
  expectPageWorks,
  hover,
  hoverUntilShown,
  REF,
  REF_SHOWN,
  shown,
  visit,
  type Visit,
} from './hostile-kit';

const stopSpam = (v: Visit) =>
  v.page.evaluate(() => clearInterval((window as unknown as { spamTimer: number }).spamTimer));

/**
 * The sealed popover (CONTRACT.md §4): a page that pre-defines the host's tag, defines any
 * `kamerlens-…` element it sees, watches the DOM and reads everything it can while the reader
 * has a note on the reference (tests/fixtures/pages/nos.nl/hostile/prying.html) learns nothing
 * and stops nothing.
 */
const NOTE = 'Geheime aantekening: bellen met de griffie';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

const setNote = (session: Session, refId: string, text: string) =>
  inExtension(
    session,
    (arg) =>
      (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.sendMessage({
        type: 'note-set',
        ...arg,
      }),
    { refId, text },
  );

/** Sets some settings (the rest keep their defaults or current values) from an extension page. */
const setSettings = (ext: Page, patch: Record<string, unknown>) =>
  ext.evaluate(async (p) => {
    const storage = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(k: string): Promise<Record<string, object>>;
              set(v: object): Promise<void>;
            };
          };
        };
      }
    ).chrome.storage.local;
    const { settings } = await storage.get('settings');
    await storage.set({ settings: { ...settings, ...p } });
  }, patch);

/** The visits in the trail database (the extension's own IndexedDB), as stored. */
const storedVisits = (ext: Page) =>
  ext.evaluate(
    () =>
      new Promise<{ url: string; refId: string; title: string }[]>((resolve, reject) => {
        const open = indexedDB.open('kamerlens-trail');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('visits').objectStore('visits').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
        };
      }),
  );

const onFixture = <V extends { url: string }>(visits: V[]) =>
  visits.filter((v) => v.url.startsWith('https://nos.nl/hostile/synthesizes.html'));

const spammed = (v: Visit) =>
  v.page.evaluate(() => (window as unknown as { spammed: number }).spammed);

/** Lets the page make input for `rounds` more rounds (20 a second), polling its own count. */
async function letPageSpam(v: Visit, rounds: number): Promise<void> {
  const from = await spammed(v);
  await poll(() => spammed(v), 15_000).toBeGreaterThanOrEqual(from + rounds);
}

interface Pry {
  patched: string[];
  seen: string[];
  roots: string[];
  errors: string[];
  upgraded: string[];
}

describe('sealed popover', () => {
  let session: Session;
  /** An extension page kept open to read the trail and change settings from. */
  let ext: Page;
  beforeAll(async () => {
    session = await launch();
    ext = await session.context.newPage();
    await ext.goto(extensionUrl(OPTIONS_PAGE));
  });
  afterAll(async () => {
    await session.close();
  });

  it('a page that defined the tag, patched attachShadow and showPopover, defines what it sees and reads while the reader has a note learns nothing', async () => {
    await setNote(session, REF_SHOWN.id, NOTE);
    const v = await visit(session, 'prying.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    // The card holds no note, only the constant way to it (read through CDP)…
    await poll(() =>
      inPopover(v.page, (root) => root.querySelector('[data-action="note"]') !== null, undefined),
    ).toBe(true);
    expect(await inPopover(v.page, (root) => root.textContent ?? '', undefined)).not.toContain(
      'griffie',
    );
    const tag = await popoverHostTag(v.page);
    expect(tag).toMatch(/^kamerlens-card-[a-z0-9]{10}$/);

    // …the page does not: every way of reading gives nothing of the popover.
    const read = await v.page.evaluate(() =>
      (window as unknown as { readPopover(): { hosts: string[]; found: string } }).readPopover(),
    );
    expect(read.hosts).toEqual([tag]);
    expect(read.found).not.toContain('griffie');
    expect(read.found).not.toContain('kst-26643-1011');
    expect(read.found).not.toContain('Kamerstuk 26 643, nr. 1011 (');

    // Its definitions never ran on the host before the popover had its root, and could not take
    // the root after: the host was upgraded late at most, and every attempt came back empty.
    const pry = await v.page.evaluate(() => (window as unknown as { pry: Pry }).pry);
    expect(pry.seen).toEqual([tag]);
    expect(pry.upgraded.every((name) => name === tag)).toBe(true);
    expect(pry.roots.every((r) => r === 'null')).toBe(true);
    expect(pry.errors).toContain('attach NotSupportedError');
    // Its patched attachShadow and showPopover were never Kamerlens' (the content script's world
    // has its own prototypes): the root is closed and the card shows.
    expect(pry.patched).toEqual([]);

    // And the popover still works after the page's definition upgraded its host.
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await expectPageWorks(v);
    await setNote(session, REF_SHOWN.id, '');
    await expectClean(session, v);
  });

  it('input the page makes (pointer, mouse, keys, focus, clicks) never opens, moves or closes the popover', async () => {
    const v = await visit(session, 'synthesizes.html');
    await expectMarked(v, REF);
    await v.page.evaluate(() =>
      (window as unknown as { startSpam(p: boolean): void }).startSpam(false),
    );
    // Two seconds of page-made hovering and keys: far past the hover delay; nothing opens.
    await letPageSpam(v, 40);
    expect(await shown(v)).toBeNull();
    // The reader's own pointer opens it; the page's keys neither move it on nor close it.
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await letPageSpam(v, 30);
    expect(await shown(v)).toEqual(REF_SHOWN);
    // The reader's Escape closes it.
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    await stopSpam(v);
    await expectPageWorks(v);
    await expectClean(session, v);
  });

  it("a page's window.find and selection never reach the reader's note: the card holds none, it points to the side panel", async () => {
    await setNote(session, REF_SHOWN.id, NOTE);
    const v = await visit(session, 'synthesizes.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await poll(() =>
      inPopover(v.page, (root) => root.querySelector('[data-action="note"]') !== null, undefined),
    ).toBe(true);
    // Chromium's window.find searches inside closed shadow roots: a page growing a guess letter
    // by letter would read a note shown there.
    const find = (needle: string) =>
      v.page.evaluate(
        (n) =>
          (
            window as unknown as {
              find(s: string, cased: boolean, back: boolean, wrap: boolean): boolean;
            }
          ).find(n, false, false, true),
        needle,
      );
    // It does reach into the card (its constant note control is found)…
    expect(await find('Notitie in het zijpaneel')).toBe(true);
    // …but the note's words are not there.
    expect(await find('Geheime aantekening')).toBe(false);
    expect(await find('bellen met de griffie')).toBe(false);
    expect(await shown(v)).toEqual(REF_SHOWN);

    // The reader clicks in the card; the page selects everything and reads the selection.
    await clickInPopover(v.page, '.title');
    const selected = await v.page.evaluate(() => {
      document.execCommand('selectAll');
      return document.getSelection()?.toString() ?? '';
    });
    expect(selected).not.toContain('Geheime');
    expect(selected).not.toContain('griffie');
    // The note is kept, and the card's constant control points the side panel at the reference.
    const stored = await inExtension(
      session,
      (refId) =>
        (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.sendMessage({
          type: 'note-get',
          refId,
        }),
      REF_SHOWN.id,
    );
    expect(stored).toMatchObject({ ok: true, value: { text: NOTE } });
    const tabId = await tabIdOf(session, v.page);
    await clickInPopover(v.page, '[data-action="note"]');
    await poll(() =>
      inExtension(
        session,
        async (id) =>
          (
            await (
              globalThis as unknown as {
                chrome: {
                  storage: { session: { get(k: string): Promise<Record<string, string>> } };
                };
              }
            ).chrome.storage.session.get(`panel-ref-${id}`)
          )[`panel-ref-${id}`] ?? null,
        tabId,
      ),
    ).toBe(REF_SHOWN.id);
    await v.page.keyboard.press('Escape');
    await setNote(session, REF_SHOWN.id, '');
    await expectClean(session, v);
  });

  it('the trail is written by the reader: no page-made visits, one per reference per load, no query, long addresses cut', async () => {
    await setSettings(ext, { trailEnabled: true, trailFullAddress: false });
    const before = onFixture(await storedVisits(ext)).length;
    const v = await visit(session, 'synthesizes.html?sessie=geheim#deel');
    await expectMarked(v, REF);
    await v.page.evaluate(() =>
      (window as unknown as { startSpam(p: boolean): void }).startSpam(true),
    );
    await letPageSpam(v, 40);
    // The page made 40 addresses and pressed the keys on each: none of it is in the trail.
    // (Each new address starts marking afresh, so the reader's hover comes once it stops.)
    await stopSpam(v);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await poll(async () => onFixture(await storedVisits(ext)).length).toBe(before + 1);
    const [recorded] = onFixture(await storedVisits(ext)).slice(-1);
    expect(recorded?.url).toBe('https://nos.nl/hostile/synthesizes.html');
    expect(recorded?.refId).toBe('kst-26643-1011');

    // Opened again after more pushState: still one visit for that reference on this load; a
    // second reference opened after it is recorded, so the first was not merely late.
    await v.page.keyboard.press('Escape');
    await v.page.evaluate(() => history.pushState({}, '', '?weer=1'));
    await hoverUntilShown(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await v.page.keyboard.press('Escape');
    await hover(v, 'Kamerstuk 34 843, nr. 113');
    await poll(() => shown(v)).toEqual({ id: 'kst-34843-113', kind: 'kamerstuk' });
    await poll(async () => onFixture(await storedVisits(ext)).length).toBe(before + 2);
    const added = onFixture(await storedVisits(ext)).slice(before);
    expect(added.map((x) => x.refId)).toEqual(['kst-26643-1011', 'kst-34843-113']);
    await expectClean(session, v);

    // The reader may keep full addresses; one over 2,048 characters is kept cut, not dropped.
    await setSettings(ext, { trailFullAddress: true });
    const long = `synthesizes.html?q=${'a'.repeat(3000)}`;
    const w = await visit(session, long);
    await expectMarked(w, REF);
    await hover(w, REF);
    await poll(() => shown(w)).toEqual(REF_SHOWN);
    await poll(async () => onFixture(await storedVisits(ext)).length).toBe(before + 3);
    const [cut] = onFixture(await storedVisits(ext)).slice(-1);
    expect(cut?.url.length).toBe(2048);
    expect(`https://nos.nl/hostile/${long}`.startsWith(cut?.url ?? '-')).toBe(true);
    await setSettings(ext, { trailEnabled: false, trailFullAddress: false });
    await expectClean(session, w);
  });
});
