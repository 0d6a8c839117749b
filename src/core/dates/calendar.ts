/**
 * Calendar days as YYYY-MM-DD strings. Page metadata is full of placeholders ("0000-00-00",
 * "1970-01-01" from an unset Unix time) and typos; a day outside 1990–2100 or one that does not
 * exist (2024-02-30) is treated as no date at all, so the next source in line gets its turn.
 */

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** The day as YYYY-MM-DD when it is a real day in range, else undefined. */
export function makeDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  // Date.UTC rolls 30 February over into March; a round trip shows whether the day exists.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return undefined;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The reader's own calendar day. Not `toISOString()`: that is the UTC day, which in the
 * Netherlands is still yesterday for the first one or two hours after midnight.
 */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The value of a date field (`<input type="date">`, always YYYY-MM-DD or "") when it is a day to
 * act on, else undefined. While a reader types a year digit by digit the field passes through
 * years like 0002 and 0202: those fall outside MIN_YEAR–MAX_YEAR and are not acted on, so a
 * half-typed date never replaces the one in use.
 */
export function pickedDay(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
