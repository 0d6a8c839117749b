import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import {
  defaultSites,
  originsForInput,
  patternCovers,
  patternMatchesUrl,
  userSites,
} from '../../../src/platform/site-patterns';

const MATCHES = manifest.content_scripts[0]?.matches ?? [];

describe('originsForInput', () => {
  it.each([
    ['ad.nl', ['https://ad.nl/*', 'https://www.ad.nl/*']],
    ['  WWW.AD.NL ', ['https://ad.nl/*', 'https://www.ad.nl/*']],
    ['https://www.ad.nl/politiek/artikel?x=1#y', ['https://ad.nl/*', 'https://www.ad.nl/*']],
    ['http://blog.example.org', ['http://blog.example.org/*', 'http://www.blog.example.org/*']],
    ['192.168.1.10', ['https://192.168.1.10/*']],
    ['rtl.nl:8443', ['https://rtl.nl/*', 'https://www.rtl.nl/*']],
    ['bücher.de', ['https://xn--bcher-kva.de/*', 'https://www.xn--bcher-kva.de/*']],
  ])('%s asks for %j', (text, origins) => {
    expect(originsForInput(text, MATCHES)).toMatchObject({ ok: true, site: { origins } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['*.nl', 'invalid'],
    ['ftp://ad.nl', 'invalid'],
    ['file:///etc/passwd', 'invalid'],
    ['nl', 'invalid'],
    ['https://user@ad.nl', 'invalid'],
    ['nos.nl', 'default-site'],
    ['https://www.tweakers.net/', 'default-site'],
  ])('%j is refused as %s', (text, error) => {
    expect(originsForInput(text, MATCHES)).toEqual({ ok: false, error });
  });
});

describe('patterns', () => {
  it('match pages by scheme and host', () => {
    expect(patternMatchesUrl('https://ad.nl/*', 'https://ad.nl/a/b')).toBe(true);
    expect(patternMatchesUrl('https://ad.nl/*', 'http://ad.nl/a')).toBe(false);
    expect(patternMatchesUrl('https://ad.nl/*', 'https://www.ad.nl/a')).toBe(false);
    expect(patternMatchesUrl('*://*.ad.nl/*', 'http://www.ad.nl/')).toBe(true);
    expect(patternMatchesUrl('https://*/*', 'https://x.org/')).toBe(true);
    expect(patternMatchesUrl('<all_urls>', 'https://x.org/')).toBe(true);
    expect(patternMatchesUrl('https://ad.nl/*', 'garbage')).toBe(false);
  });

  it('cover narrower patterns', () => {
    expect(patternCovers('https://*/*', 'https://ad.nl/*')).toBe(true);
    expect(patternCovers('https://nos.nl/*', 'https://nos.nl/*')).toBe(true);
    expect(patternCovers('https://nos.nl/*', 'https://ad.nl/*')).toBe(false);
  });
});

describe('site lists', () => {
  it("names the manifest's own sites once each, without www.", () => {
    const sites = defaultSites(MATCHES);
    expect(sites).toContain('nos.nl');
    expect(sites).toContain('zoek.officielebekendmakingen.nl');
    expect(sites).not.toContain('www.nos.nl');
    expect(new Set(sites).size).toBe(sites.length);
  });

  it('groups granted origins into user sites, leaving out default and broad ones', () => {
    const granted = [
      ...MATCHES,
      'https://www.ad.nl/*',
      'https://ad.nl/*',
      'https://*/*',
      'http://blog.example.org/*',
    ];
    expect(userSites(granted, MATCHES)).toEqual([
      { site: 'ad.nl', origins: ['https://ad.nl/*', 'https://www.ad.nl/*'] },
      { site: 'blog.example.org', origins: ['http://blog.example.org/*'] },
    ]);
  });
});
