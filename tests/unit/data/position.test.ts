import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import { positionAt } from '../../../src/core/data/position';
import type { PositionEntry } from '../../../src/core/data/types';

const at = (date: string) => positionAt(kb.positions, date);

describe('positionAt on the bundled timeline', () => {
  it.each([
    ['2021-01-01', 'no-proposal', null, null],
    ['2023-07-01', 'support-with-conditions', '2023-06-28', 'kst-26643-1043'],
    ['2024-10-05', 'abstain', '2024-10-01', 'kst-34843-113'],
    ['2025-10-01', 'oppose', '2025-09-29', 'kst-32317-972'],
    ['2025-11-20', 'abstain', '2025-11-18', 'kst-32317-977'],
  ])('%s → %s since %s (%s)', (date, stance, since, source) => {
    expect(at(date)).toMatchObject({ date, stance, since, source });
  });

  it('2025-12-01 → oppose, after the vote against in Coreper, sourced to a public report', () => {
    const p = at('2025-12-01');
    expect(p).toMatchObject({ stance: 'oppose', since: '2025-11-26' });
    expect(p.source).toMatch(/^https:\/\/www\.security\.nl\//);
    expect(p.entry?.publisher).toBe('security.nl');
  });

  it('takes an entry on its own date, and the previous one the day before', () => {
    expect(at('2024-10-01')).toMatchObject({ stance: 'abstain', since: '2024-10-01' });
    expect(at('2024-09-30')).toMatchObject({ stance: 'undecided', since: '2024-09-16' });
    expect(at('2022-05-11')).toMatchObject({ stance: 'undecided', since: '2022-05-11' });
    expect(at('2022-05-10')).toMatchObject({ stance: 'no-proposal', since: null, source: null });
  });

  it('has no entry before the first date', () => {
    expect(at('2021-01-01').entry).toBeUndefined();
    expect(at('2023-07-01').entry?.date).toBe('2023-06-28');
  });

  it('gives the next change of stance, skipping entries that repeat the stance', () => {
    // 2024-11-29 and 2024-12-12 are both "oppose": the next change is the abstention of 2025-11-18.
    expect(at('2024-12-01').next).toEqual({
      date: '2025-11-18',
      stance: 'abstain',
      source: 'kst-32317-977',
    });
    expect(at('2021-01-01').next).toMatchObject({ date: '2022-05-11', stance: 'undecided' });
    expect(at('2024-10-05').next).toMatchObject({ date: '2024-11-29', stance: 'oppose' });
  });

  it('has no next change after the last one', () => {
    expect(at(kb.meta.asOf).next).toBeUndefined();
  });

  it('marks approximate dates', () => {
    expect(at('2026-02-01').entry).toMatchObject({ date: '2026-01-01', approximate: true });
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => at('2024-10')).toThrow(RangeError);
    expect(() => at('2024-02-30')).toThrow(RangeError);
  });
});

describe('positionAt on any ordered timeline', () => {
  const entry = (date: string, stance: PositionEntry['stance']): PositionEntry => ({
    date,
    stance,
    explanation: { nl: 'x', en: 'x' },
    source: `kst-1-${date.slice(0, 4)}`,
    status: 'verified',
  });

  it('is no-proposal with an empty timeline', () => {
    expect(positionAt([], '2024-01-01')).toEqual({
      date: '2024-01-01',
      stance: 'no-proposal',
      since: null,
      source: null,
    });
  });

  it('uses the last entry on or before the date', () => {
    const timeline = [entry('2020-01-01', 'support'), entry('2021-01-01', 'oppose')];
    expect(positionAt(timeline, '2020-12-31').stance).toBe('support');
    expect(positionAt(timeline, '2021-01-01').stance).toBe('oppose');
    expect(positionAt(timeline, '2030-01-01')).toMatchObject({
      stance: 'oppose',
      since: '2021-01-01',
    });
  });
});
