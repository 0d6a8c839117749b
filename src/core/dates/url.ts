import { makeDay } from './calendar';

// Three ways news sites put the day in a path: /2024/10/05/, /2024-10-05-slug and /20241005/.
// The eight-digit form must be a whole path segment, because article ids ("/artikel/2540123-…"
// on nos.nl, longer ones elsewhere) are digits too; a real date still has to pass makeDay.
const URL_DATE =
  /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=[/\-_.]|$)|(?:\/|[-_])(\d{4})-(\d{2})-(\d{2})(?=[/\-_.]|$)|\/(\d{4})(\d{2})(\d{2})(?=[/.]|$)/g;

/**
 * The first date written in a URL's path, or undefined. The query and fragment are ignored:
 * "?date=…" on a search or archive page says what was asked for, not when the page appeared.
 */
export function dateFromUrl(url: string): string | undefined {
  const path = pathOf(url);
  for (const m of path.matchAll(URL_DATE)) {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
    const day = makeDay(Number(y), Number(mo), Number(d));
    if (day) return day;
  }
  return undefined;
}

/** The path without scheme, host, query and fragment; string work keeps the core free of URL. */
function pathOf(url: string): string {
  const noScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return noScheme.replace(/[?#].*$/s, '');
}
