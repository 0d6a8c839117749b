import { describe, expect, it } from 'vitest';
import { datesPublishedFromJsonLd } from '../../../src/core/dates';

describe('JSON-LD depth', () => {
  it('deeply nested values and graphs never throw and give no date from beyond the limit', () => {
    const deepValue = `{"@type":"NewsArticle","datePublished":${'['.repeat(50_000)}"2024-10-05"${']'.repeat(50_000)}}`;
    expect(() => datesPublishedFromJsonLd(deepValue)).not.toThrow();
    expect(datesPublishedFromJsonLd(deepValue)).toEqual([]);
    const nested = (depth: number) =>
      `${'{"a":'.repeat(depth)}{"@type":"NewsArticle","datePublished":"2024-10-05"}${'}'.repeat(depth)}`;
    expect(datesPublishedFromJsonLd(nested(5))).toEqual(['2024-10-05']);
    expect(datesPublishedFromJsonLd(nested(200))).toEqual([]);
  });

  it('a date wrapped a few times in arrays and @value objects is still read', () => {
    const json = '{"@type":"Article","datePublished":[{"@value":["2024-10-05"]}]}';
    expect(datesPublishedFromJsonLd(json)).toEqual(['2024-10-05']);
  });
});
