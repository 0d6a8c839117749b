import { describe, expect, it } from 'vitest';
import { groupTrail, type StoredVisit } from '../../../src/core/trail';
import { note, visit } from './fixtures';

const stored = (id: number, over: Partial<StoredVisit>): StoredVisit => ({ ...visit(over), id });

describe('groupTrail', () => {
  it('groups by reference, most recent first, with the note alongside', () => {
    const visits = [
      stored(1, { time: '2025-03-01T09:00:00.000Z' }),
      stored(2, {
        time: '2025-03-02T09:00:00.000Z',
        refId: 'term-chatcontrole',
        refKind: 'term',
        text: 'chatcontrole',
      }),
      stored(3, { time: '2025-03-03T09:00:00.000Z', url: 'https://nu.nl/a' }),
    ];
    const groups = groupTrail(visits, [note(), note({ refId: 'celex-32021R1232', text: 'los' })]);
    expect(groups.map((g) => [g.refId, g.visits.map((v) => v.id), g.note?.text ?? null])).toEqual([
      ['kst-26643-1011', [3, 1], 'Vragen aan de minister'],
      ['term-chatcontrole', [2], null],
      ['celex-32021R1232', [], 'los'],
    ]);
    expect(groups[2]).toMatchObject({ refKind: null, text: 'celex-32021R1232' });
  });

  it('is empty for an empty trail', () => {
    expect(groupTrail([], [])).toEqual([]);
  });
});
