import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, inPopover, launch, poll, popoverHostTag, type Session } from './harness';
import {
  expectClean,
  expectMarked,
  expectPageWorks,
  hover,
  REF,
  REF_SHOWN,
  shown,
  visit,
} from './hostile-kit';

/**
 * The sealed popover (CONTRACT.md §4): a page that pre-defines the host's tag, defines any
 * `kamerlens-…` element it sees, watches the DOM and reads everything it can while the reader's
 * note shows (tests/fixtures/pages/nos.nl/hostile/prying.html) learns nothing and stops nothing.
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

interface Pry {
  seen: string[];
  roots: string[];
  errors: string[];
  upgraded: string[];
}

describe('sealed popover', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('a page that defined the tag, defines what it sees and reads while a note shows learns nothing', async () => {
    await setNote(session, REF_SHOWN.id, NOTE);
    const v = await visit(session, 'prying.html');
    await expectMarked(v, REF);
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    // The reader sees the note (read through CDP)…
    await poll(() =>
      inPopover(v.page, (root) => root.querySelector('.note-text')?.textContent ?? null, undefined),
    ).toBe(NOTE);
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

    // And the popover still works after the page's definition upgraded its host.
    await v.page.keyboard.press('Escape');
    await poll(() => shown(v)).toBeNull();
    await hover(v, REF);
    await poll(() => shown(v)).toEqual(REF_SHOWN);
    await expectPageWorks(v);
    await setNote(session, REF_SHOWN.id, '');
    await expectClean(session, v);
  });
});
