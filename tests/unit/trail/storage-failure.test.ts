import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storageFailure, STORAGE_FAILURES, TRAIL_DB_VERSION } from '../../../src/core/trail';
import { TrailStore } from '../../../src/platform/trail-db';
import { storageFailureText } from '../../../src/ui/storage-text';
import type { StorageAction } from '../../../src/ui/storage-text';
import { input } from './fixtures';

const dom = (name: string) => new DOMException(`a ${name}`, name);

describe('storageFailure', () => {
  it("reads IndexedDB's errors by name", () => {
    expect(storageFailure(dom('VersionError'))).toBe('newer-version');
    expect(storageFailure(dom('QuotaExceededError'))).toBe('quota');
    expect(storageFailure(dom('AbortError'))).toBe('aborted');
    expect(storageFailure(dom('InvalidStateError'))).toBe('closing');
    expect(storageFailure(dom('TransactionInactiveError'))).toBe('closing');
    expect(storageFailure(dom('UnknownError'))).toBe('unavailable');
    expect(storageFailure(dom('SecurityError'))).toBe('unavailable');
    expect(storageFailure(new TypeError('x'))).toBe('unknown');
    expect(storageFailure(undefined)).toBe('unknown');
    expect(storageFailure(null)).toBe('unknown');
  });

  it("finds a quota error behind an aborted transaction's error", () => {
    expect(storageFailure({ name: 'Error', error: dom('QuotaExceededError') })).toBe('quota');
  });

  it('reads the codes and messaging errors a background reply carries', () => {
    for (const code of STORAGE_FAILURES) expect(storageFailure(code)).toBe(code);
    expect(storageFailure('no-reply')).toBe('no-background');
    expect(storageFailure('Could not establish connection. Receiving end does not exist.')).toBe(
      'no-background',
    );
    expect(storageFailure('QuotaExceededError: full')).toBe('quota');
    expect(storageFailure('TypeError: odd')).toBe('unknown');
  });
});

describe('storageFailureText', () => {
  const actions: StorageAction[] = ['list', 'export', 'delete', 'import', 'note', 'note-load'];

  it('says what did not happen and, for every cause, what to do, in Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const seen = new Set<string>();
      for (const code of STORAGE_FAILURES) {
        const text = storageFailureText(lang, 'delete', code);
        expect(text).not.toMatch(/\$[A-Z]+\$|storage_/);
        seen.add(text);
      }
      // Each cause has a sentence of its own.
      expect(seen.size).toBe(STORAGE_FAILURES.length);
      const firsts = new Set(
        actions.map((a) => storageFailureText(lang, a, 'quota').split(':')[0]),
      );
      expect(firsts.size).toBe(actions.length);
    }
    expect(storageFailureText('nl', 'delete', dom('VersionError'))).toBe(
      'Wissen is mislukt: er is niets gewist. Het spoor is opgeslagen door een nieuwere versie ' +
        'van Kamerlens. Werk Kamerlens bij of herstart de browser om een update af te maken; het ' +
        'spoor blijft zoals het is.',
    );
    expect(storageFailureText('en', 'note', 'quota')).toBe(
      'The note was not saved; your text is still in the field. There is no room left: the disk ' +
        "or the browser's storage limit is full. Free some disk space, or export the trail and " +
        'delete old visits, then try again.',
    );
  });

  it("keeps the browser's own words for an unknown error, cut short", () => {
    expect(storageFailureText('en', 'export', new TypeError('odd'))).toBe(
      'The export failed: no file was saved. Something went wrong with the storage ' +
        '(TypeError: odd). Try again, or reload this page.',
    );
    const long = storageFailureText('en', 'import', 'x'.repeat(1000));
    expect(long.length).toBeLessThan(300);
  });
});

let counter = 0;
const freshName = () => `trail-failure-${(counter += 1)}`;

/**
 * Opens `name` at `version` directly and keeps the connection open, deaf to version changes (as
 * an older Kamerlens page would be). A new database gets version 1's stores.
 */
function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      if (version !== 1) return;
      request.result.createObjectStore('visits', { keyPath: 'id', autoIncrement: true });
      request.result.createObjectStore('notes', { keyPath: 'refId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('TrailStore failures', () => {
  it('a database written by a newer version: every call fails as newer-version, nothing changes', async () => {
    const name = freshName();
    (await rawOpen(name, TRAIL_DB_VERSION + 1)).close();
    const store = new TrailStore(name);
    await expect(store.visits()).rejects.toSatisfy((e) => storageFailure(e) === 'newer-version');
    await expect(store.clear()).rejects.toSatisfy((e) => storageFailure(e) === 'newer-version');
    // The database is as it was: still the newer version.
    const after = await rawOpen(name, TRAIL_DB_VERSION + 1);
    expect(after.version).toBe(TRAIL_DB_VERSION + 1);
    after.close();
  });

  it('an older connection that will not close: calls fail as blocked at once, then go through', async () => {
    const name = freshName();
    const old = await rawOpen(name, 1);
    const store = new TrailStore(name);
    let unblocked = 0;
    store.onUnblocked = () => (unblocked += 1);
    await expect(store.visits()).rejects.toSatisfy((e) => storageFailure(e) === 'blocked');
    await expect(store.recordVisit(input(), new Date())).rejects.toSatisfy(
      (e) => storageFailure(e) === 'blocked',
    );
    old.close();
    await expect.poll(() => unblocked).toBe(1);
    expect(await store.visits()).toEqual([]);
    expect(await store.recordVisit(input(), new Date())).not.toBeNull();
  });
});
