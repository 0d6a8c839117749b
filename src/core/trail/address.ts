import { LIMITS } from './types';

/**
 * The page address as the research trail keeps it. By default without its query string and
 * fragment (they often carry session ids, search terms or tracking codes the reader never chose
 * to keep); with `keepQuery` (the reader's choice in the options) whole. Addresses longer than
 * LIMITS.url are cut at that length, never inside a `%XX` escape, rather than dropped.
 * Takes any string; returns null for anything that is not an http(s) URL.
 */
export function trailAddress(raw: string, keepQuery: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!keepQuery) {
    url.search = '';
    url.hash = '';
  }
  // Credentials in an address are never kept.
  url.username = '';
  url.password = '';
  return cutAddress(url.href, LIMITS.url);
}

/** Cuts an address to at most `max` characters, backing off so no `%XX` escape is split. */
export function cutAddress(href: string, max: number): string {
  if (href.length <= max) return href;
  let end = max;
  const tail = href.slice(end - 2, end);
  if (tail.endsWith('%')) end -= 1;
  else if (tail.startsWith('%')) end -= 2;
  return href.slice(0, end);
}
