import { describe, expect, it, vi } from 'vitest';
import {
  handleMessage,
  isForBackground,
  type BackgroundDeps,
} from '../../../src/background/handle-message';
import { badgeText } from '../../../src/background/badge-text';
import type { Note } from '../../../src/core/trail';
import { input } from '../trail/fixtures';

const OWN = 'maknppnkapchmhjkacfoelnmcfegmced';
const fromTab = { id: OWN, tab: { id: 7 } };
const NOW = new Date('2025-03-01T09:00:00Z');

function deps(over: Partial<BackgroundDeps> = {}): BackgroundDeps {
  const notes = new Map<string, Note>();
  return {
    trailEnabled: async () => true,
    trailFullAddress: async () => false,
    recordVisit: vi.fn(async (entry) => ({ ...entry, id: 1, time: NOW.toISOString() })),
    getNote: async (refId) => notes.get(refId) ?? null,
    setNote: async (refId, text, now) => {
      const note = { refId, text, updated: now.toISOString() };
      notes.set(refId, note);
      return note;
    },
    setBadge: vi.fn(async () => undefined),
    syncSites: async () => ['https://ad.nl/*'],
    notifyPages: vi.fn(),
    openSidePanel: vi.fn(async () => true),
    setPanelRef: vi.fn(async () => undefined),
    now: () => NOW,
    ...over,
  };
}

describe('handleMessage', () => {
  it('ignores messages that are not ours or not from this extension', async () => {
    expect(isForBackground({ type: 'get-tab-state' })).toBe(false);
    expect(await handleMessage({ type: 'get-tab-state' }, fromTab, OWN, deps())).toBeUndefined();
    expect(
      await handleMessage({ type: 'note-get', refId: 'kst-1-1' }, { id: 'other' }, OWN, deps()),
    ).toBeUndefined();
    expect(await handleMessage(null, fromTab, OWN, deps())).toBeUndefined();
  });

  it('sets the badge for the sending tab', async () => {
    const d = deps();
    const reply = await handleMessage(
      { type: 'detections-changed', documentCount: 3 },
      fromTab,
      OWN,
      d,
    );
    expect(reply).toEqual({ ok: true, value: null });
    expect(d.setBadge).toHaveBeenCalledWith(7, 3);
    expect(
      await handleMessage({ type: 'detections-changed', documentCount: -1 }, fromTab, OWN, d),
    ).toEqual({ ok: false, error: 'bad-message' });
    expect(
      await handleMessage({ type: 'detections-changed', documentCount: 1 }, { id: OWN }, OWN, d),
    ).toEqual({ ok: false, error: 'bad-message' });
  });

  it('records a visit only while the trail is on, and tells open pages', async () => {
    const on = deps();
    expect(await handleMessage({ type: 'trail-record', entry: input() }, fromTab, OWN, on)).toEqual(
      {
        ok: true,
        value: { recorded: true },
      },
    );
    expect(on.recordVisit).toHaveBeenCalledWith(input(), NOW);
    expect(on.notifyPages).toHaveBeenCalledWith({ type: 'trail-changed' });

    const off = deps({ trailEnabled: async () => false });
    expect(
      await handleMessage({ type: 'trail-record', entry: input() }, fromTab, OWN, off),
    ).toEqual({
      ok: true,
      value: { recorded: false },
    });
    expect(off.recordVisit).not.toHaveBeenCalled();
  });

  it('stores the address without query and fragment unless chosen, and cuts a long one', async () => {
    const entry = input({ url: `https://nos.nl/a.html?zoek=${'x'.repeat(4000)}#top` });
    const stripped = deps();
    await handleMessage({ type: 'trail-record', entry }, fromTab, OWN, stripped);
    expect(stripped.recordVisit).toHaveBeenCalledWith(input({ url: 'https://nos.nl/a.html' }), NOW);
    const full = deps({ trailFullAddress: async () => true });
    expect(await handleMessage({ type: 'trail-record', entry }, fromTab, OWN, full)).toEqual({
      ok: true,
      value: { recorded: true },
    });
    const kept = vi.mocked(full.recordVisit).mock.calls[0]?.[0];
    expect(kept?.url.length).toBe(2048);
    expect(entry.url.startsWith(kept?.url ?? '-')).toBe(true);
  });

  it('refuses a malformed visit without touching the store', async () => {
    const d = deps();
    const bad = { type: 'trail-record', entry: { ...input(), url: 'javascript:void 0' } };
    expect(await handleMessage(bad, fromTab, OWN, d)).toEqual({ ok: false, error: 'bad-message' });
    expect(d.recordVisit).not.toHaveBeenCalled();
  });

  it('a note set is read back', async () => {
    const d = deps();
    const refId = 'kst-26643-1011';
    expect(await handleMessage({ type: 'note-get', refId }, fromTab, OWN, d)).toEqual({
      ok: true,
      value: null,
    });
    await handleMessage({ type: 'note-set', refId, text: 'navragen' }, fromTab, OWN, d);
    expect(await handleMessage({ type: 'note-get', refId }, fromTab, OWN, d)).toEqual({
      ok: true,
      value: { refId, text: 'navragen', updated: NOW.toISOString() },
    });
    expect(
      await handleMessage({ type: 'note-set', refId: '<b>', text: 'x' }, fromTab, OWN, d),
    ).toEqual({ ok: false, error: 'bad-message' });
  });

  it('turns a store failure into an error reply: a storage failure as its code', async () => {
    const failing = (error: Error) =>
      deps({
        setNote: async () => {
          throw error;
        },
      });
    const setting = { type: 'note-set', refId: 'kst-1-1', text: 'x' };
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(await handleMessage(setting, fromTab, OWN, failing(quota))).toEqual({
      ok: false,
      error: 'quota',
    });
    const version = new DOMException('The requested version is less', 'VersionError');
    expect(await handleMessage(setting, fromTab, OWN, failing(version))).toEqual({
      ok: false,
      error: 'newer-version',
    });
    // Anything else keeps the browser's words, name first.
    expect(await handleMessage(setting, fromTab, OWN, failing(new TypeError('odd')))).toEqual({
      ok: false,
      error: 'TypeError: odd',
    });
  });

  it('syncs sites on request', async () => {
    expect(await handleMessage({ type: 'sites-sync' }, { id: OWN }, OWN, deps())).toEqual({
      ok: true,
      value: { origins: ['https://ad.nl/*'] },
    });
  });
});

describe('badgeText', () => {
  it('shows nothing for none and caps large numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(5000)).toBe('999+');
  });

  it('opens the side panel before anything is awaited, then points it at the reference', async () => {
    const order: string[] = [];
    const d = deps({
      openSidePanel: vi.fn(async () => (order.push('open'), true)),
      setPanelRef: vi.fn(async () => void order.push('ref')),
    });
    const pending = handleMessage(
      { type: 'open-side-panel', refId: 'kst-26643-1011' },
      fromTab,
      OWN,
      d,
    );
    // Called synchronously inside the message event, where Chrome still sees the user's click.
    expect(d.openSidePanel).toHaveBeenCalledWith(7);
    expect(await pending).toEqual({ ok: true, value: { opened: true } });
    expect(order).toEqual(['open', 'ref']);
    expect(d.setPanelRef).toHaveBeenCalledWith(7, 'kst-26643-1011');
    expect(d.notifyPages).toHaveBeenCalledWith({
      type: 'ref-shown',
      tabId: 7,
      refId: 'kst-26643-1011',
    });
  });

  it('says so when the browser refused to open the side panel', async () => {
    const d = deps({ openSidePanel: vi.fn(async () => false) });
    expect(
      await handleMessage({ type: 'open-side-panel', refId: 'term-x' }, fromTab, OWN, d),
    ).toEqual({ ok: true, value: { opened: false } });
    expect(await handleMessage({ type: 'open-side-panel', refId: 'x y' }, fromTab, OWN, d)).toEqual(
      { ok: false, error: 'bad-message' },
    );
  });

  it('relays the reference a card shows, and a change of findings, to the side panel', async () => {
    const d = deps();
    expect(
      await handleMessage({ type: 'ref-shown', refId: 'celex-32021R1232' }, fromTab, OWN, d),
    ).toEqual({ ok: true, value: null });
    expect(d.setPanelRef).toHaveBeenCalledWith(7, 'celex-32021R1232');
    expect(d.notifyPages).toHaveBeenCalledWith({
      type: 'ref-shown',
      tabId: 7,
      refId: 'celex-32021R1232',
    });
    await handleMessage({ type: 'detections-changed', documentCount: 2 }, fromTab, OWN, d);
    expect(d.notifyPages).toHaveBeenCalledWith({ type: 'tab-changed', tabId: 7 });
    expect(
      await handleMessage({ type: 'ref-shown', refId: 'kst-1-1' }, { id: OWN }, OWN, d),
    ).toEqual({ ok: false, error: 'bad-message' });
  });
});
