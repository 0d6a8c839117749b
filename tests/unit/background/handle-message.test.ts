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

  it('turns a store failure into an error reply', async () => {
    const d = deps({
      getNote: async () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(await handleMessage({ type: 'note-get', refId: 'kst-1-1' }, fromTab, OWN, d)).toEqual({
      ok: false,
      error: 'QuotaExceededError',
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
});
