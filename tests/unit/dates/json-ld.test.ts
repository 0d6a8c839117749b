import { describe, expect, it } from 'vitest';
import { datesPublishedFromJsonLd } from '../../../src/core/dates';

const json = (value: unknown): string => JSON.stringify(value);

describe('datesPublishedFromJsonLd', () => {
  it('reads a bare object', () => {
    const text = json({ '@type': 'NewsArticle', datePublished: '2024-10-05T09:30:00+02:00' });
    expect(datesPublishedFromJsonLd(text)).toEqual(['2024-10-05T09:30:00+02:00']);
  });

  it('reads an array of objects', () => {
    const text = json([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: 'x' }]);
    expect(datesPublishedFromJsonLd(text)).toEqual(['x']);
  });

  it("puts an article's date before an earlier WebPage's in an @graph", () => {
    const text = json({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', datePublished: '2024-10-06' },
        { '@type': ['ReportageNewsArticle'], datePublished: '2024-10-05' },
      ],
    });
    expect(datesPublishedFromJsonLd(text)).toEqual(['2024-10-05', '2024-10-06']);
  });

  it('finds the date nested in mainEntity, arrays and value objects', () => {
    expect(
      datesPublishedFromJsonLd(json({ mainEntity: { datePublished: ['2024-10-05'] } })),
    ).toEqual(['2024-10-05']);
    expect(datesPublishedFromJsonLd(json({ datePublished: { '@value': '2024-10-05' } }))).toEqual([
      '2024-10-05',
    ]);
  });

  it('tolerates comment and CDATA wrappers and a trailing semicolon', () => {
    expect(datesPublishedFromJsonLd('<!-- {"datePublished":"2024-10-05"} -->')).toEqual([
      '2024-10-05',
    ]);
    expect(datesPublishedFromJsonLd('//<![CDATA[\n{"datePublished":"2024-10-05"};\n//]]>')).toEqual(
      ['2024-10-05'],
    );
  });

  it.each([
    ['invalid JSON', '{"datePublished": "2024-10-05",'],
    ['empty text', ''],
    ['a bare string', '"2024-10-05"'],
    ['null', 'null'],
    ['no datePublished', json({ '@type': 'Article', dateModified: '2024-10-05' })],
    ['a non-string value', json({ datePublished: 20241005 })],
  ])('returns nothing, without throwing, for %s', (_label, text) => {
    expect(datesPublishedFromJsonLd(text)).toEqual([]);
  });

  it('stays bounded on a huge document', () => {
    const many = Array.from({ length: 50_000 }, () => ({ '@type': 'Thing' }));
    const text = json([...many, { datePublished: '2024-10-05' }]);
    expect(datesPublishedFromJsonLd(text)).toEqual([]);
  });
});
