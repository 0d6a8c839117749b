import { siteKey } from '../core/settings';

/**
 * Sites the user adds, as host match patterns. Pure (no browser API), so it is tested in Node;
 * platform/sites.ts does the asking and the registering.
 */

export type SiteInputError = 'empty' | 'invalid' | 'default-site';

export interface UserSite {
  /** Host without `www.`, as the user sees it ("ad.nl"). */
  site: string;
  /** The match patterns granted for it: the host and its `www.` form. */
  origins: string[];
}

const HOST_PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)\/\*$/;

/** "ad.nl", "www.ad.nl", "https://www.ad.nl/nieuws/…" → the patterns to ask for. */
export function originsForInput(
  input: string,
  defaultMatches: readonly string[],
): { ok: true; site: UserSite } | { ok: false; error: SiteInputError } {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const host = url.hostname;
  const valid =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    !host.includes('*') &&
    (host.includes('.') || host === 'localhost') &&
    !host.startsWith('.') &&
    !host.endsWith('.');
  if (!valid) return { ok: false, error: 'invalid' };
  const site = siteKey(host);
  // A name gets its www. form too; an address or localhost has none.
  const bare = site === 'localhost' || /^\d+(\.\d+){3}$/.test(site) || site.startsWith('[');
  const hosts = bare ? [site] : [site, `www.${site}`];
  const scheme = url.protocol.slice(0, -1);
  const origins = hosts.map((h) => `${scheme}://${h}/*`);
  if (origins.every((o) => defaultMatches.some((m) => patternCovers(m, o)))) {
    return { ok: false, error: 'default-site' };
  }
  return { ok: true, site: { site, origins } };
}

function parsePattern(pattern: string): { scheme: string; host: string } | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*' };
  const m = HOST_PATTERN.exec(pattern);
  return m?.[1] && m[2] ? { scheme: m[1], host: m[2] } : null;
}

/** Whether a page at `url` falls under a host match pattern (`scheme://host/*` forms only). */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  const p = parsePattern(pattern);
  if (!p) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (p.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : p.scheme !== scheme)
    return false;
  if (p.host === '*') return true;
  if (p.host.startsWith('*.')) {
    const base = p.host.slice(2);
    return u.hostname === base || u.hostname.endsWith(`.${base}`);
  }
  return u.hostname === p.host;
}

/** Whether pattern `outer` covers every page pattern `inner` covers. */
export function patternCovers(outer: string, inner: string): boolean {
  const i = parsePattern(inner);
  if (!i || i.host.startsWith('*') || i.scheme === '*') return outer === inner;
  return patternMatchesUrl(outer, `${i.scheme}://${i.host}/`);
}

/** The hosts of the manifest's own sites, without `www.` and each once ("nos.nl", …). */
export function defaultSites(matches: readonly string[]): string[] {
  const sites = matches
    .map((m) => parsePattern(m)?.host)
    .filter((h): h is string => h !== undefined && !h.includes('*'))
    .map(siteKey);
  return [...new Set(sites)].sort();
}

/**
 * The sites the user added, from the granted origins: every host pattern not already one of the
 * manifest's own, grouped by site. Broad patterns (`https://*\/*`) are left out: Kamerlens never
 * asks for them, and showing one as a "site" would mislead.
 */
export function userSites(
  granted: readonly string[],
  defaultMatches: readonly string[],
): UserSite[] {
  const bySite = new Map<string, string[]>();
  for (const origin of granted) {
    const p = parsePattern(origin);
    if (!p || p.host.includes('*') || p.scheme === '*') continue;
    if (defaultMatches.some((m) => patternCovers(m, origin))) continue;
    const site = siteKey(p.host);
    bySite.set(site, [...(bySite.get(site) ?? []), origin]);
  }
  return [...bySite.entries()]
    .map(([site, origins]) => ({ site, origins: origins.sort() }))
    .sort((a, b) => a.site.localeCompare(b.site));
}
