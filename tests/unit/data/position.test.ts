import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import { positionAt } from '../../../src/core/data/position';
import { lastDayOf } from '../../../src/core/data/dates';
import type { PositionEntry } from '../../../src/core/data/types';

const at = (date: string) => positionAt(kb.positions, date);
// FACTS.md: the Coreper vote of 2025-11-26 is cited to a report of that day (ANP via security.nl).
const SECURITY_914776 =
  'https://www.security.nl/posting/914776/EU-lidstaten+akkoord+met+voorstel+voor+vrijwillige+chatcontrole';

describe('positionAt on the bundled timeline (CONTRACT §3)', () => {
  it.each([
    ['2021-01-01', 'no-proposal', null, null, null],
    // Proposal on the table, no cabinet statement yet: before the first entry (CONTRACT §3).
    ['2022-05-20', 'no-proposal', null, null, null],
    ['2022-06-16', 'no-proposal', null, null, null],
    ['2022-07-01', 'support-with-conditions', '2022-06-17', 'kst-22112-3455', '2022-06-17'],
    // 26 643, nr. 908 is dated only "2022-09" (on or after the 20th): cited from 30 September.
    ['2022-09-29', 'support-with-conditions', '2022-06-17', 'kst-22112-3455', '2022-06-17'],
    ['2022-10-01', 'support-with-conditions', '2022-06-17', 'kst-26643-908', '2022-09'],
    ['2023-07-01', 'support-with-conditions', '2022-06-17', 'kst-26643-1043', '2023-06-28'],
    ['2024-09-20', 'undecided', '2024-09-16', 'kst-34843-112', '2024-09-16'],
    ['2024-10-05', 'abstain', '2024-10-01', 'kst-34843-113', '2024-10-01'],
    ['2024-12-01', 'oppose', '2024-11-29', 'kst-32317-906', '2024-11-29'],
    // No addressable source of 12 December 2024 (FACTS: "news (ANP)"): the letter stands.
    ['2024-12-20', 'oppose', '2024-11-29', 'kst-32317-906', '2024-11-29'],
    ['2025-10-01', 'oppose', '2024-11-29', 'kst-32317-972', '2025-09-29'],
    ['2025-11-20', 'abstain', '2025-11-18', 'kst-32317-977', '2025-11-18'],
    ['2025-11-26', 'oppose', '2025-11-26', SECURITY_914776, '2025-11-26'],
    ['2025-11-30', 'oppose', '2025-11-26', SECURITY_914776, '2025-11-26'],
    ['2025-12-10', 'oppose', '2025-11-26', SECURITY_914776, '2025-11-26'],
    ['2026-11-30', 'oppose', '2025-11-26', SECURITY_914776, '2025-11-26'],
  ])('%s → %s since %s, source %s stated %s', (date, stance, since, source, stated) => {
    expect(at(date)).toMatchObject({ date, stance, since, source, stated });
  });

  it('gives the day the stance began, however often it was restated since', () => {
    // oppose from 2024-11-29, restated 2025-09-29: one period.
    for (const date of ['2024-11-29', '2025-01-15', '2025-09-29', '2025-11-17']) {
      expect(at(date).since).toBe('2024-11-29');
    }
    // A new period after another stance: oppose again from the Coreper vote.
    expect(at('2025-11-26').since).toBe('2025-11-26');
  });

  it('between the proposal and the BNC fiche: no cabinet position yet, no stance invented', () => {
    const p = at('2022-06-16');
    expect(p).toMatchObject({ stance: 'no-proposal', since: null, source: null, stated: null });
    expect(p.entry).toBeUndefined();
  });

  it('never cites a source dated after the day asked about, nor before the change it reports', () => {
    for (const date of ['2022-09-20', '2022-09-29', '2025-11-26', '2025-11-27', '2025-12-04']) {
      const p = at(date);
      expect(p.stated === null || lastDayOf(p.stated) <= date, date).toBe(true);
      expect(p.stated === null || (p.since !== null && p.stated >= p.since), date).toBe(true);
    }
  });

  it('is "beyond the record" only after the latest statement in the data', () => {
    expect(at('2025-11-26').beyondRecord).toBe(false);
    expect(at('2025-11-27').beyondRecord).toBe(true);
    expect(at('2026-11-30').beyondRecord).toBe(true);
    expect(at('2024-10-05').beyondRecord).toBe(false);
    expect(at('2021-01-01').beyondRecord).toBe(false);
  });

  it('takes an entry on its own date, and the previous one the day before', () => {
    expect(at('2024-10-01')).toMatchObject({ stance: 'abstain', since: '2024-10-01' });
    expect(at('2024-09-30')).toMatchObject({ stance: 'undecided', since: '2024-09-16' });
    expect(at('2022-06-17')).toMatchObject({
      stance: 'support-with-conditions',
      since: '2022-06-17',
    });
    expect(at('2022-06-16')).toMatchObject({ stance: 'no-proposal', since: null, source: null });
  });

  it('gives the next change of stance, skipping entries that repeat the stance', () => {
    expect(at('2024-12-01').next).toEqual({
      date: '2025-11-18',
      stance: 'abstain',
      source: 'kst-32317-977',
    });
    expect(at('2021-01-01').next).toMatchObject({
      date: '2022-06-17',
      stance: 'support-with-conditions',
    });
    expect(at(kb.meta.asOf).next).toBeUndefined();
  });

  it('answers for every day from 2021 to the data check date', () => {
    for (
      let t = Date.UTC(2021, 0, 1);
      t <= Date.parse(`${kb.meta.asOf}T00:00:00Z`);
      t += 86400000
    ) {
      const date = new Date(t).toISOString().slice(0, 10);
      const p = at(date);
      expect(p.date).toBe(date);
      if (p.since !== null) expect(p.since <= date).toBe(true);
      if (p.source === null) expect(p.stated).toBeNull();
      // A null source only before the first entry (CONTRACT §3).
      expect(p.source === null).toBe(date < (kb.positions[0]?.date ?? ''));
      if (p.stated !== null) expect(lastDayOf(p.stated) <= date, date).toBe(true);
    }
  });

  it('marks the inferred and approximate entries, and only those', () => {
    expect(at('2022-07-01')).toMatchObject({ status: 'inferred' });
    expect(at('2022-10-01')).toMatchObject({ status: 'inferred', approximate: true });
    expect(at('2024-10-05')).toMatchObject({ status: 'verified' });
    expect(at('2024-10-05').approximate).toBeUndefined();
  });

  it('accepts any real day and rejects none of them with a crash (years before 100 too)', () => {
    expect(at('0099-01-01')).toMatchObject({ stance: 'no-proposal', source: null });
    expect(at('9999-12-31')).toMatchObject({ stance: 'oppose', beyondRecord: true });
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
    stated: date,
    status: 'verified',
  });

  it('is no-proposal with an empty timeline', () => {
    expect(positionAt([], '2024-01-01')).toEqual({
      date: '2024-01-01',
      stance: 'no-proposal',
      since: null,
      source: null,
      stated: null,
      beyondRecord: false,
    });
  });

  it('merges entries in a row with one stance into one period', () => {
    const timeline = [
      entry('2020-01-01', 'support'),
      entry('2020-06-01', 'support'),
      entry('2021-01-01', 'oppose'),
      entry('2022-01-01', 'support'),
    ];
    expect(positionAt(timeline, '2020-12-31')).toMatchObject({
      stance: 'support',
      since: '2020-01-01',
      source: 'kst-1-2020',
      stated: '2020-06-01',
    });
    expect(positionAt(timeline, '2021-01-01')).toMatchObject({
      stance: 'oppose',
      since: '2021-01-01',
    });
    expect(positionAt(timeline, '2030-01-01')).toMatchObject({
      stance: 'support',
      since: '2022-01-01',
    });
  });
});
