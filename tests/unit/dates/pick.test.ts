import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  localDay,
  metaDateSource,
  pickPageDate,
  SOURCE_ORDER,
  type DateCandidate,
} from '../../../src/core/dates';
import type { PageDateSource } from '../../../src/core/messages';

const TODAY = '2025-12-01';

/** One candidate per source, each with its own distinct date, so the winner is recognisable. */
const ALL: DateCandidate[] = [
  { source: 'user', raw: '2020-01-01' },
  { source: 'article:published_time', raw: '2020-01-02T10:00:00+01:00' },
  { source: 'og:article:published_time', raw: '2020-01-03' },
  { source: 'meta:publish-date', raw: '2020-01-04' },
  { source: 'json-ld', raw: '2020-01-05' },
  { source: 'meta:datePublished', raw: '2020-01-06' },
  { source: 'DCTERMS.issued', raw: '2020-01-07' },
  { source: 'OVERHEIDop.datumOndertekening', raw: '2020-01-08' },
  { source: 'DC.date', raw: '2020-01-09' },
  { source: 'meta:date', raw: '2020-01-10' },
  { source: 'time', raw: '2020-01-11' },
  { source: 'url', raw: 'https://example.nl/2020/01/12/slug' },
];

describe('pickPageDate', () => {
  it('follows CONTRACT §4: each source beats every one after it', () => {
    // Drop the winner one by one: the next in line must take over, whatever the input order.
    for (let i = 0; i < ALL.length; i++) {
      const rest = ALL.slice(i).reverse();
      const expected = ALL[i];
      expect(pickPageDate(rest, TODAY).source).toBe(expected?.source);
    }
    expect(pickPageDate(ALL.slice(1), TODAY)).toEqual({
      date: '2020-01-02',
      source: 'article:published_time',
    });
  });

  it('keeps the contract-named sources in the contract order', () => {
    const contract: PageDateSource[] = [
      'article:published_time',
      'og:article:published_time',
      'json-ld',
      'DCTERMS.issued',
      'OVERHEIDop.datumOndertekening',
      'DC.date',
      'time',
      'url',
      'today',
    ];
    expect(SOURCE_ORDER.filter((s) => contract.includes(s))).toEqual(contract);
    expect(SOURCE_ORDER[0]).toBe('user');
  });

  it('ranks every source exactly once', () => {
    // Checked by tsc: a source added to PageDateSource but not to SOURCE_ORDER fails to compile.
    expectTypeOf<(typeof SOURCE_ORDER)[number]>().toEqualTypeOf<PageDateSource>();
    expect(new Set(SOURCE_ORDER).size).toBe(SOURCE_ORDER.length);
  });

  it('falls back to today when nothing yields a date', () => {
    expect(pickPageDate([], TODAY)).toEqual({ date: TODAY, source: 'today' });
    const junk: DateCandidate[] = [
      { source: 'article:published_time', raw: '' },
      { source: 'json-ld', raw: 'not a date' },
      { source: 'url', raw: 'https://nos.nl/artikel/2540123-kabinet' },
    ];
    expect(pickPageDate(junk, TODAY)).toEqual({ date: TODAY, source: 'today' });
  });

  it('skips an unreadable or impossible value and takes the next source', () => {
    const candidates: DateCandidate[] = [
      { source: 'article:published_time', raw: '2024-02-30T10:00:00+01:00' },
      { source: 'DC.date', raw: '5 oktober 2024' },
    ];
    expect(pickPageDate(candidates, TODAY)).toEqual({ date: '2024-10-05', source: 'DC.date' });
  });

  it('takes the first readable candidate within one source', () => {
    const candidates: DateCandidate[] = [
      { source: 'time', raw: 'PT4M' },
      { source: 'time', raw: '2024-10-05' },
      { source: 'time', raw: '2024-10-06' },
    ];
    expect(pickPageDate(candidates, TODAY)).toEqual({ date: '2024-10-05', source: 'time' });
  });

  it('skips page dates after today, but honours a user pick in the future', () => {
    const future: DateCandidate[] = [
      { source: 'article:published_time', raw: '2099-01-01' },
      { source: 'url', raw: 'https://example.nl/2024/10/05/x' },
    ];
    expect(pickPageDate(future, TODAY)).toEqual({ date: '2024-10-05', source: 'url' });
    expect(pickPageDate([{ source: 'user', raw: '2026-03-01' }], TODAY)).toEqual({
      date: '2026-03-01',
      source: 'user',
    });
    expect(pickPageDate([{ source: 'time', raw: TODAY }], TODAY).source).toBe('time');
  });

  it('ignores an unreadable user pick', () => {
    const candidates: DateCandidate[] = [
      { source: 'user', raw: '' },
      { source: 'DCTERMS.issued', raw: '2025-11-18' },
    ];
    expect(pickPageDate(candidates, TODAY)).toEqual({
      date: '2025-11-18',
      source: 'DCTERMS.issued',
    });
  });
});

describe('metaDateSource', () => {
  it.each([
    ['property', 'article:published_time', 'article:published_time'],
    ['name', 'article:published_time', 'article:published_time'],
    ['property', 'og:article:published_time', 'og:article:published_time'],
    ['name', 'publish-date', 'meta:publish-date'],
    ['itemprop', 'datePublished', 'meta:datePublished'],
    ['name', 'DCTERMS.issued', 'DCTERMS.issued'],
    ['name', 'dcterms.issued', 'DCTERMS.issued'],
    ['name', 'OVERHEIDop.datumOndertekening', 'OVERHEIDop.datumOndertekening'],
    ['name', 'DC.date', 'DC.date'],
    ['name', 'DC.date.issued', 'DC.date'],
    ['name', 'date', 'meta:date'],
  ] as const)('%s=%j speaks for %s', (attribute, value, expected) => {
    expect(metaDateSource(attribute, value)).toBe(expected);
  });

  it.each([
    ['property', 'article:modified_time'],
    ['name', 'DCTERMS.modified'],
    ['itemprop', 'dateModified'],
    ['itemprop', 'date'],
    ['name', 'description'],
  ] as const)('%s=%j speaks for no date', (attribute, value) => {
    expect(metaDateSource(attribute, value)).toBeUndefined();
  });
});

describe('localDay', () => {
  it("is the reader's calendar day, not the UTC one", () => {
    expect(localDay(new Date(2024, 9, 5, 0, 30))).toBe('2024-10-05');
    expect(localDay(new Date(2024, 0, 1, 23, 59))).toBe('2024-01-01');
  });
});
