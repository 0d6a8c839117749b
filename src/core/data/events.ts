/** Events (motions adopted, EU milestones) in a date range. */
import { dateRange, isFullDate } from './dates';
import type { EventEntry, KnowledgeBase } from './types';

/**
 * The events that fall in [from, to], both YYYY-MM-DD and inclusive, in date order. An event
 * dated only by month or year counts when that period overlaps the range: "2022-07" is in
 * 2022-07-15..2022-07-20, since the sources do not say which day it was.
 */
export function eventsBetween(
  kb: Pick<KnowledgeBase, 'events'>,
  from: string,
  to: string,
): EventEntry[] {
  if (!isFullDate(from) || !isFullDate(to)) {
    throw new RangeError(`eventsBetween: "${from}".."${to}" are not YYYY-MM-DD dates`);
  }
  return kb.events.filter((e) => {
    const [start, end] = dateRange(e.date);
    return start <= to && end >= from;
  });
}
