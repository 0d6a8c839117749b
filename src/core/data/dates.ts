/**
 * Dates in the data are ISO strings: YYYY-MM-DD where the day is known, YYYY-MM or YYYY where the
 * sources say no more. Comparing them as strings is correct because they are fixed-width.
 */

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * A real calendar day in YYYY-MM-DD form (rejects 2023-02-30), for any year 0000–9999. Never
 * throws: `Date.UTC` reads years 0–99 as 1900–1999, so the year is set on its own.
 */
export function isFullDate(s: string): boolean {
  const m = FULL.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** YYYY, YYYY-MM (a real month) or a full date. */
export function isPartialDate(s: string): boolean {
  if (isFullDate(s)) return true;
  const m = PARTIAL.exec(s);
  if (!m) return false;
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12);
}

/**
 * The first and last day a possibly partial date can mean, as comparable strings. The last day of
 * a month is given as "-31": as an upper bound in a string comparison it is exact enough.
 */
export function dateRange(s: string): [string, string] {
  if (isFullDate(s)) return [s, s];
  if (/^\d{4}$/.test(s)) return [`${s}-01-01`, `${s}-12-31`];
  return [`${s}-01`, `${s}-31`];
}

/**
 * The real last day a possibly partial date can mean (YYYY-MM-DD): "2022-09" → "2022-09-30",
 * "2024-02" → "2024-02-29", "2023" → "2023-12-31", a full date itself. Throws RangeError for a
 * string that is not a date (`isPartialDate`).
 */
export function lastDayOf(s: string): string {
  if (!isPartialDate(s)) throw new RangeError(`lastDayOf: "${s}" is not a date`);
  if (isFullDate(s)) return s;
  if (/^\d{4}$/.test(s)) return `${s}-12-31`;
  const [year, month] = s.split('-').map(Number) as [number, number];
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one
  return `${s}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The vergaderjaar a possibly partial date falls in when the whole of it lies in one ("2024-10"
 * → "2024-2025"); undefined where it spans Prinsjesdag ("2023" → two) or is not a date.
 */
export function vergaderjaarOfSpan(s: string): string | undefined {
  if (!isPartialDate(s)) return undefined;
  const first = vergaderjaarOf(dateRange(s)[0]);
  return first !== undefined && first === vergaderjaarOf(lastDayOf(s)) ? first : undefined;
}

/** The vergaderjaar ("2024-2025") a day falls in: from the third Tuesday of September (Prinsjesdag). */
export function vergaderjaarOf(day: string): string | undefined {
  if (!isFullDate(day)) return undefined;
  const year = Number(day.slice(0, 4));
  const start = prinsjesdag(year);
  return day >= start ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

function prinsjesdag(year: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - weekdayOfFirst + 7) % 7);
  return `${year}-09-${String(firstTuesday + 14).padStart(2, '0')}`;
}
