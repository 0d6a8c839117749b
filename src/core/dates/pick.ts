import type { PageDate, PageDateSource } from '../messages';
import { parseDateString } from './parse';
import { SOURCE_ORDER } from './sources';
import { dateFromUrl } from './url';

/** One raw string the page offers as its date, with where it was found. */
export interface DateCandidate {
  source: PageDateSource;
  /** The attribute or text as found; for 'url', the whole URL. */
  raw: string;
}

/**
 * The page's date: the best-ranked source (SOURCE_ORDER) that yields a real date, the first such
 * candidate within a source. `today` (YYYY-MM-DD, the reader's local day) is the fallback.
 *
 * A page date after today is skipped: no page was published tomorrow, and such values are
 * placeholders or event dates that would show a position nobody has taken yet. The user's own
 * pick is exempt: a journalist may ask about any day.
 */
export function pickPageDate(candidates: readonly DateCandidate[], today: string): PageDate {
  let best: PageDate | undefined;
  let bestRank = SOURCE_ORDER.indexOf('today');
  for (const c of candidates) {
    const rank = SOURCE_ORDER.indexOf(c.source);
    if (rank < 0 || rank >= bestRank) continue;
    const date = c.source === 'url' ? dateFromUrl(c.raw) : parseDateString(c.raw);
    if (date === undefined || (c.source !== 'user' && date > today)) continue;
    best = { date, source: c.source };
    bestRank = rank;
  }
  return best ?? { date: today, source: 'today' };
}
