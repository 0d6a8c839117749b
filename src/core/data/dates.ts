/**
 * Dates in the data are ISO strings: YYYY-MM-DD where the day is known, YYYY-MM or YYYY where the
 * sources say no more. Comparing them as strings is correct because they are fixed-width.
 */

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

/** A real calendar day in YYYY-MM-DD form (rejects 2023-02-30). */
export function isFullDate(s: string): boolean {
  const m = FULL.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
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
