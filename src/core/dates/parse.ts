import { makeDay } from './calendar';
import { isWeekday, monthNumber } from './months';

/**
 * One date string from page metadata to YYYY-MM-DD, or undefined.
 *
 * The calendar date is taken as written, also when a time and offset follow:
 * "2024-10-05T23:30:00+02:00" and "2024-10-05T21:30:00Z" are both 5 October. Dutch pages write
 * local time, so the written date is the one the reader sees on the page; converting to another
 * zone would only move late-evening articles to the wrong day.
 *
 * Numeric day-month-year is read in Dutch order: "05-10-2024" is 5 October, and an American
 * "10/31/2024" is rejected rather than guessed. The whole string must be a date, optionally
 * followed by a time; a date buried in prose is not picked out.
 */
export function parseDateString(raw: string): string | undefined {
  const s = raw.replace(/\s+/g, ' ').trim();
  // Metadata dates are short; anything long is prose, and skipping it bounds the work.
  if (s.length === 0 || s.length > 120) return undefined;
  return yearFirst(s) ?? compact(s) ?? dayFirstNumeric(s) ?? dayFirstWords(s) ?? monthFirst(s);
}

// What may follow the date: nothing, or a time ("T09:30", ", om 9.30 uur", " 09:30:00 GMT+0200
// (CEST)") and whatever comes after it, which the date does not depend on.
const TAIL = String.raw`(?:(?:T|[\s,]+(?:(?:om|at|-)\s+)?)\d{1,2}[:.]\d{2}(?!\d).*)?$`;
// A weekday before a written date ("zaterdag 5 oktober 2024", "Sat, 05 Oct 2024").
const WEEKDAY = String.raw`(?:(\p{L}+\.?),?\s+)?`;

const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:Z|[+-]\d{2}:?\d{2})?` + TAIL,
  'i',
);
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T\d{2,6}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_FIRST_NUMERIC = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})` + TAIL, 'i');
const DAY_FIRST_WORDS = new RegExp(
  '^' + WEEKDAY + String.raw`(\d{1,2})(?:st|nd|rd|th)?\.?\s+(\p{L}+\.?),?\s+(\d{4})` + TAIL,
  'iu',
);
const MONTH_FIRST = new RegExp(
  '^' + WEEKDAY + String.raw`(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TAIL,
  'iu',
);

function yearFirst(s: string): string | undefined {
  const m = YEAR_FIRST.exec(s);
  return m ? makeDay(Number(m[1]), Number(m[3]), Number(m[4])) : undefined;
}

function compact(s: string): string | undefined {
  const m = COMPACT.exec(s);
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function dayFirstNumeric(s: string): string | undefined {
  const m = DAY_FIRST_NUMERIC.exec(s);
  return m ? makeDay(Number(m[4]), Number(m[3]), Number(m[1])) : undefined;
}

function dayFirstWords(s: string): string | undefined {
  const m = DAY_FIRST_WORDS.exec(s);
  if (!m || !weekdayOk(m[1])) return undefined;
  const month = monthNumber(m[3] ?? '');
  return month ? makeDay(Number(m[4]), month, Number(m[2])) : undefined;
}

function monthFirst(s: string): string | undefined {
  const m = MONTH_FIRST.exec(s);
  if (!m || !weekdayOk(m[1])) return undefined;
  const month = monthNumber(m[2] ?? '');
  return month ? makeDay(Number(m[4]), month, Number(m[3])) : undefined;
}

function weekdayOk(word: string | undefined): boolean {
  return word === undefined || isWeekday(word);
}
