import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import { eventsBetween } from '../../../src/core/data/events';

const ids = (from: string, to: string) => eventsBetween(kb, from, to).map((e) => e.id);

describe('eventsBetween', () => {
  it('includes events on both boundary days', () => {
    expect(ids('2025-11-25', '2025-11-26')).toContain('ev-motie-kathmann-2025-aangenomen');
    expect(ids('2025-11-25', '2025-11-26')).toContain('ev-raadsmandaat-coreper');
    expect(ids('2025-11-26', '2025-11-26')).not.toContain('ev-motie-kathmann-2025-aangenomen');
  });

  it('counts an event dated by month when the month overlaps the range', () => {
    expect(ids('2022-07-15', '2022-07-20')).toEqual(['ev-motie-van-raan-aangenomen']);
    expect(ids('2022-08-01', '2022-12-31')).toEqual([]);
  });

  it('returns events in date order', () => {
    const events = eventsBetween(kb, '2021-01-01', kb.meta.asOf);
    expect(events.length).toBe(kb.events.length);
    expect(events.map((e) => e.date)).toEqual(kb.events.map((e) => e.date));
  });

  it('separates motions of parliament from EU milestones', () => {
    const motions = eventsBetween(kb, '2022-01-01', '2025-12-31').filter(
      (e) => e.type === 'motion',
    );
    expect(motions.map((e) => e.date)).toEqual([
      '2022-07',
      '2023-05-09',
      '2023-10',
      '2024-10-09',
      '2025-11-25',
    ]);
  });

  it('rejects dates that are not YYYY-MM-DD', () => {
    expect(() => eventsBetween(kb, '2024', '2025-01-01')).toThrow(RangeError);
  });
});
