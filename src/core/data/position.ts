/**
 * The cabinet's stance at a date: the one place it is computed (ARCHITECTURE: one source of truth).
 */
import { isFullDate } from './dates';
import type { PositionEntry, Stance } from './types';

export interface PositionAt {
  /** The date asked about. */
  date: string;
  stance: Stance;
  /** The date of the entry in force; null before the first entry. */
  since: string | null;
  /** Its source (document id or report URL); null before the first entry. */
  source: string | null;
  /** The entry in force, when there is one. */
  entry?: PositionEntry;
  /** The next entry whose stance differs from this one, if the timeline has one after `date`. */
  next?: { date: string; stance: Stance; source: string };
}

/**
 * The stance in force on `date` (YYYY-MM-DD): the last entry dated on or before it. Before the
 * first entry there was no proposal (`no-proposal`, since and source null). `positions` must be in
 * date order, which the data validation enforces.
 */
export function positionAt(positions: readonly PositionEntry[], date: string): PositionAt {
  if (!isFullDate(date)) throw new RangeError(`positionAt: "${date}" is not a YYYY-MM-DD date`);
  let index = -1;
  positions.forEach((p, i) => {
    if (p.date <= date) index = i;
  });
  const entry = positions[index];
  const stance: Stance = entry?.stance ?? 'no-proposal';
  const result: PositionAt = entry
    ? { date, stance, since: entry.date, source: entry.source, entry }
    : { date, stance, since: null, source: null };
  const next = positions.slice(index + 1).find((p) => p.stance !== stance);
  if (next) result.next = { date: next.date, stance: next.stance, source: next.source };
  return result;
}
