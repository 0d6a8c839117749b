import { describe, expect, it } from 'vitest';
import { pickedDay } from '../../../src/core/dates';

describe('pickedDay (a date field typed into digit by digit)', () => {
  it('acts on a whole date and on nothing half typed', () => {
    // "01152025" typed into mm/dd/yyyy: the year field passes through 0002, 0020, 0202.
    const states = ['2025-01-15'.replace('2025', '0002'), '0020-01-15', '0202-01-15', '2025-01-15'];
    expect(states.map(pickedDay)).toEqual([undefined, undefined, undefined, '2025-01-15']);
  });

  it('refuses empty, malformed and impossible days', () => {
    for (const value of ['', '2024-02-30', '2024-13-01', '20240101', '2024-1-1', '9999-01-01'])
      expect(pickedDay(value), value).toBeUndefined();
    expect(pickedDay('2024-02-29')).toBe('2024-02-29');
  });
});
