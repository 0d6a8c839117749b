import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTrailDb, TrailStore } from '../../../src/platform/trail-db';
import type { StoredVisit } from '../../../src/core/trail';
import { input, note, visit } from './fixtures';

let counter = 0;
const freshName = () => `trail-test-${(counter += 1)}`;
const at = (iso: string) => new Date(iso);

describe('TrailStore', () => {
  it('records visits and lists them newest first', async () => {
    const store = new TrailStore(freshName());
    await store.recordVisit(input(), at('2025-03-01T09:00:00Z'));
    await store.recordVisit(
      input({ refId: 'term-detectiebevel', refKind: 'term' }),
      at('2025-03-01T10:00:00Z'),
    );
    const visits = await store.visits();
    expect(visits.map((v) => [v.refId, v.time])).toEqual([
      ['term-detectiebevel', '2025-03-01T10:00:00.000Z'],
      ['kst-26643-1011', '2025-03-01T09:00:00.000Z'],
    ]);
    expect(visits.every((v) => typeof v.id === 'number')).toBe(true);
  });

  it('counts opening the same reference on the same page again soon as one look', async () => {
    const store = new TrailStore(freshName());
    expect(await store.recordVisit(input(), at('2025-03-01T09:00:00Z'))).not.toBeNull();
    expect(await store.recordVisit(input(), at('2025-03-01T09:05:00Z'))).toBeNull();
    expect(
      await store.recordVisit(input({ url: 'https://nu.nl/a' }), at('2025-03-01T09:05:00Z')),
    ).not.toBeNull();
    expect(await store.recordVisit(input(), at('2025-03-01T09:30:00Z'))).not.toBeNull();
    expect((await store.visitsOf('kst-26643-1011')).length).toBe(3);
  });

  it('keeps at most its cap of visits, removing the oldest first', async () => {
    const store = new TrailStore(freshName(), 3);
    for (let i = 0; i < 5; i += 1) {
      await store.recordVisit(
        input({ url: `https://nos.nl/${i}` }),
        at(`2025-03-0${i + 1}T09:00:00Z`),
      );
    }
    expect((await store.visits()).map((v) => v.url)).toEqual([
      'https://nos.nl/4',
      'https://nos.nl/3',
      'https://nos.nl/2',
    ]);
    // An import past the cap keeps the newest too, whatever order they came in.
    await store.importRecords({
      visits: [
        visit({ time: '2025-04-01T00:00:00.000Z' }),
        visit({ time: '2024-01-01T00:00:00.000Z' }),
      ],
      notes: [],
    });
    expect((await store.visits()).map((v) => v.time.slice(0, 10))).toEqual([
      '2025-04-01',
      '2025-03-05',
      '2025-03-04',
    ]);
  });

  it('saves, replaces and removes a note', async () => {
    const store = new TrailStore(freshName());
    expect(await store.note('kst-26643-1011')).toBeNull();
    await store.setNote('kst-26643-1011', ' eerste ', at('2025-03-01T09:00:00Z'));
    expect(await store.note('kst-26643-1011')).toEqual({
      refId: 'kst-26643-1011',
      text: 'eerste',
      updated: '2025-03-01T09:00:00.000Z',
    });
    await store.setNote('kst-26643-1011', 'tweede', at('2025-03-02T09:00:00Z'));
    expect((await store.notes()).map((n) => n.text)).toEqual(['tweede']);
    expect(await store.setNote('kst-26643-1011', '   ', at('2025-03-03T09:00:00Z'))).toBeNull();
    expect(await store.notes()).toEqual([]);
  });

  it('imports by merging, and a second import of the same file adds nothing', async () => {
    const store = new TrailStore(freshName());
    await store.recordVisit(input(), at('2025-03-01T09:30:00Z'));
    const records = {
      visits: [visit(), visit({ time: '2025-02-01T00:00:00.000Z' })],
      notes: [note()],
    };
    expect(await store.importRecords(records)).toEqual({ visits: 1, notes: 1 });
    expect(await store.importRecords(records)).toEqual({ visits: 0, notes: 0 });
    expect((await store.visits()).length).toBe(2);
    expect(await store.notes()).toEqual([note()]);
  });

  it('deletes everything', async () => {
    const store = new TrailStore(freshName());
    await store.recordVisit(input(), at('2025-03-01T09:00:00Z'));
    await store.setNote('kst-26643-1011', 'x', at('2025-03-01T09:00:00Z'));
    await store.clear();
    expect(await store.visits()).toEqual([]);
    expect(await store.notes()).toEqual([]);
  });
});

describe('schema upgrade', () => {
  it('takes a version 1 database to version 2, keeping its records and adding the indexes', async () => {
    const name = freshName();
    const v1 = await openTrailDb(name, 1);
    expect(v1.version).toBe(1);
    expect([...v1.objectStoreNames].sort()).toEqual(['notes', 'visits']);
    expect([...v1.transaction('visits').store.indexNames]).toEqual([]);
    // Records as version 1 code wrote them (the key comes from the store's counter).
    await v1.add('visits', visit() as StoredVisit);
    await v1.add(
      'visits',
      visit({
        refId: 'term-chatcontrole',
        refKind: 'term',
        time: '2025-01-01T00:00:00.000Z',
      }) as StoredVisit,
    );
    await v1.put('notes', note());
    v1.close();

    const v2 = await openTrailDb(name);
    expect(v2.version).toBe(2);
    expect([...v2.transaction('visits').store.indexNames].sort()).toEqual(['by-ref', 'by-time']);
    expect((await v2.getAllFromIndex('visits', 'by-ref', 'kst-26643-1011')).length).toBe(1);
    v2.close();

    const store = new TrailStore(name);
    expect((await store.visits()).map((v) => v.refId)).toEqual([
      'kst-26643-1011',
      'term-chatcontrole',
    ]);
    expect(await store.notes()).toEqual([note()]);
  });

  it('a fresh database is created at the current version', async () => {
    const db = await openTrailDb(freshName());
    expect(db.version).toBe(2);
    db.close();
  });
});
