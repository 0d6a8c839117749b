import { describe, expect, it } from 'vitest';
import { parseDateString } from '../../../src/core/dates';

describe('parseDateString', () => {
  it.each([
    // ISO 8601: the calendar date as written, whatever the offset.
    ['2024-10-05T09:30:00+02:00', '2024-10-05'],
    ['2024-10-05T23:59:59+02:00', '2024-10-05'],
    ['2024-10-05T00:15:00-05:00', '2024-10-05'],
    ['2024-10-04T22:30:00Z', '2024-10-04'],
    ['2024-10-05T09:30:00.000+0200', '2024-10-05'],
    ['2024-10-05 09:30:00', '2024-10-05'],
    ['2024-10-05', '2024-10-05'],
    ['2024-10-05+02:00', '2024-10-05'],
    ['  2024-10-05\n', '2024-10-05'],
    ['2024/10/05', '2024-10-05'],
    ['20241005', '2024-10-05'],
    ['20241005T093000Z', '2024-10-05'],
  ])('reads ISO and compact %j', (raw, expected) => {
    expect(parseDateString(raw)).toBe(expected);
  });

  it.each([
    ['5 oktober 2024', '2024-10-05'],
    ['05 oktober 2024', '2024-10-05'],
    ['5 okt. 2024', '2024-10-05'],
    ['5 okt 2024', '2024-10-05'],
    ['zaterdag 5 oktober 2024', '2024-10-05'],
    ['Zaterdag 5 Oktober 2024', '2024-10-05'],
    ['za 5 okt. 2024', '2024-10-05'],
    ['5 oktober 2024, 09:30', '2024-10-05'],
    ['5 oktober 2024 om 9.30 uur', '2024-10-05'],
    ['1 mrt. 2025', '2025-03-01'],
    ['18 november 2025', '2025-11-18'],
    ['31 mei 2023', '2023-05-31'],
  ])('reads Dutch %j', (raw, expected) => {
    expect(parseDateString(raw)).toBe(expected);
  });

  it.each([
    ['October 5, 2024', '2024-10-05'],
    ['Oct. 5, 2024', '2024-10-05'],
    ['Saturday, October 5, 2024', '2024-10-05'],
    ['October 5th, 2024 9:30 AM', '2024-10-05'],
    ['5 October 2024', '2024-10-05'],
    ['5th October 2024', '2024-10-05'],
    ['Sat, 05 Oct 2024 09:30:00 +0200', '2024-10-05'],
    ['Sat Oct 05 2024 09:30:00 GMT+0200 (Central European Summer Time)', '2024-10-05'],
  ])('reads English %j', (raw, expected) => {
    expect(parseDateString(raw)).toBe(expected);
  });

  it.each([
    ['05-10-2024', '2024-10-05'],
    ['5-10-2024', '2024-10-05'],
    ['05/10/2024', '2024-10-05'],
    ['05.10.2024', '2024-10-05'],
    ['05-10-2024 09:30', '2024-10-05'],
  ])('reads day-month-year in Dutch order %j', (raw, expected) => {
    expect(parseDateString(raw)).toBe(expected);
  });

  it.each([
    ['2024-02-30', 'a day that does not exist'],
    ['2023-02-29', 'no leap day in 2023'],
    ['2024-13-01', 'month 13'],
    ['30 februari 2024', 'a written day that does not exist'],
    ['10/31/2024', 'American order is not guessed'],
    ['1989-12-31', 'before 1990'],
    ['2101-01-01', 'after 2100'],
    ['1970-01-01T00:00:00Z', 'an unset Unix time'],
    ['0000-00-00', 'a placeholder'],
    ['', 'empty'],
    ['vandaag', 'a word'],
    ['5 brumaire 2024', 'an unknown month'],
    ['gisteren 5 oktober 2024', 'a non-weekday before the date'],
    ['Gepubliceerd op 5 oktober 2024', 'a date inside prose'],
    ['2024-10', 'no day'],
    ['2024', 'a year alone'],
    ['PT4M', 'a duration'],
    ['2540123', 'an article id'],
    ['2024-10-05x', 'trailing junk'],
    ['5 oktober 2024 '.repeat(20), 'an overlong string'],
  ])('rejects %j (%s)', (raw) => {
    expect(parseDateString(raw)).toBeUndefined();
  });
});
