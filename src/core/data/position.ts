/**
 * The cabinet's stance at a date: the one place it is computed (ARCHITECTURE: one source of truth).
 * The rules are CONTRACT §3's: `since` is the day the stance in force began, entries in a row with
 * the same stance being one period; `source` and `stated` are the latest statement of it up to the
 * date; before the first entry the stance is `no-proposal` with all three null (also between the
 * Commission's proposal and the first cabinet statement: FACTS.md "no cabinet position yet").
 */
import { isFullDate, lastDayOf } from './dates';
import type { PositionEntry, Stance } from './types';

export interface PositionAt {
  /** The date asked about (YYYY-MM-DD). */
  date: string;
  stance: Stance;
  /** The day the stance in force began (YYYY-MM-DD); null before the first entry. */
  since: string | null;
  /** Canonical id or report URL of the latest statement up to `date`; null where none states it. */
  source: string | null;
  /** That statement's own date (YYYY[-MM[-DD]]); null with a null source. */
  stated: string | null;
  /** The latest entry on or before `date`, when there is one. */
  entry?: PositionEntry;
  /** The entry that opened the period in force (gives `since`). */
  periodStart?: PositionEntry;
  /** The latest entry's status: `inferred` where FACTS.md infers it (scan and card say so). */
  status?: PositionEntry['status'];
  /** True where the latest entry's date is a bound, not a known day (FACTS.md gives a month). */
  approximate?: boolean;
  /**
   * True when `date` lies after the last statement in the data: the stance is the latest known
   * one, not one confirmed on that date (FACTS.md "Since November 2025").
   */
  beyondRecord: boolean;
  /** The next entry whose stance differs from this one, if the timeline has one after `date`. */
  next?: { date: string; stance: Stance; source: string | null };
}

/**
 * The stance in force on `date` (YYYY-MM-DD). `positions` must be in date order, which the data
 * validation enforces. Throws RangeError for a date that is not a real YYYY-MM-DD day.
 */
export function positionAt(positions: readonly PositionEntry[], date: string): PositionAt {
  if (!isFullDate(date)) throw new RangeError(`positionAt: "${date}" is not a YYYY-MM-DD date`);
  let index = -1;
  positions.forEach((p, i) => {
    if (p.date <= date) index = i;
  });
  const entry = positions[index];
  if (!entry) {
    const first = positions[0];
    const result: PositionAt = {
      date,
      stance: 'no-proposal',
      since: null,
      source: null,
      stated: null,
      beyondRecord: false,
    };
    if (first) result.next = { date: first.date, stance: first.stance, source: first.source };
    return result;
  }
  const start = periodStartIndex(positions, index);
  const periodStart = positions[start] ?? entry;
  const last = index === positions.length - 1;
  const result: PositionAt = {
    date,
    stance: entry.stance,
    since: periodStart.date,
    source: entry.source,
    stated: entry.stated,
    entry,
    periodStart,
    beyondRecord: last && date > lastDayOf(entry.stated),
    status: entry.status,
  };
  if (entry.approximate === true) result.approximate = true;
  const next = positions.slice(index + 1).find((p) => p.stance !== entry.stance);
  if (next) result.next = { date: next.date, stance: next.stance, source: next.source };
  return result;
}

/** The index of the first entry of the run of same-stance entries that ends at `index`. */
export function periodStartIndex(positions: readonly PositionEntry[], index: number): number {
  const stance = positions[index]?.stance;
  let start = index;
  while (start > 0 && positions[start - 1]?.stance === stance) start--;
  return start;
}
