// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepInContext, type Detection, type PageContext } from '../../../src/core/detect';
import { summariseDetections } from '../../../src/core/messages';
import { MarkIndex, type BlockEntry } from '../../../src/content/mark-index';
import { PageSummary, SessionSummary } from '../../../src/content/page-summary';
import { TextBlock } from '../../../src/content/text-block';

const context: PageContext = {
  contextTerms: new Set(['term-general']),
  documents: new Set(['kst-26643-1011']),
};

const d = (id: string, kind: Detection['kind'] = id.startsWith('term') ? 'term' : 'kamerstuk') =>
  ({ start: 0, end: 1, text: id, kind, id }) as Detection;

/** What the popup got before: everything found, filtered by the decision, summed up afresh. */
const fresh = (index: MarkIndex, ctx = context) =>
  summariseDetections(keepInContext(index.found(), ctx));

function add(index: MarkIndex, ids: string[]): BlockEntry {
  const found = ids.map((id) => d(id));
  return index.add(new TextBlock(ids.join(' '), document.createElement('p')), found, found, true);
}

describe('PageSummary', () => {
  it('counts by reference in the order first found, and extends the count as entries come', () => {
    const index = new MarkIndex();
    const summary = new PageSummary(context);
    add(index, ['kst-1-2', 'term-a', 'kst-1-2']);
    expect(summary.of(index)).toEqual([
      { id: 'kst-1-2', kind: 'kamerstuk', text: 'kst-1-2', count: 2 },
      { id: 'term-a', kind: 'term', text: 'term-a', count: 1 },
    ]);
    add(index, ['term-a', 'kst-3-4']);
    expect(summary.of(index)).toEqual(fresh(index));
    expect(summary.of(index).map((s) => [s.id, s.count])).toEqual([
      ['kst-1-2', 2],
      ['term-a', 2],
      ['kst-3-4', 1],
    ]);
  });

  it('counts terms with a general meaning from the start once the page turns out to be about the regulation', () => {
    const index = new MarkIndex();
    const summary = new PageSummary(context);
    add(index, ['term-general', 'kst-1-2']);
    expect(summary.of(index).map((s) => s.id)).toEqual(['kst-1-2']);
    add(index, ['kst-26643-1011']);
    expect(summary.of(index).map((s) => s.id)).toEqual([
      'term-general',
      'kst-1-2',
      'kst-26643-1011',
    ]);
  });

  it('starts again when an entry goes, and leaves out the general terms when what decided went', () => {
    const index = new MarkIndex();
    const summary = new PageSummary(context);
    add(index, ['term-general']);
    const deciding = add(index, ['kst-26643-1011', 'kst-1-2']);
    expect(summary.of(index).map((s) => s.id)).toContain('term-general');
    index.remove(deciding);
    expect(summary.of(index)).toEqual([]);
    index.clear();
    add(index, ['kst-5-6']);
    expect(summary.of(index)).toEqual(fresh(index));
  });

  it('answers copies: a later count does not change an answer already given', () => {
    const index = new MarkIndex();
    const summary = new PageSummary(context);
    add(index, ['kst-1-2']);
    const first = summary.of(index);
    add(index, ['kst-1-2']);
    summary.of(index);
    expect(first[0]?.count).toBe(1);
  });

  it('always equals the summary built afresh, over random adds and removes', () => {
    const ids = ['kst-1-2', 'kst-3-4', 'term-a', 'term-general', 'kst-26643-1011'];
    for (const ctx of [context, { contextTerms: new Set<string>(), documents: new Set<string>() }])
      for (let seed = 1; seed <= 40; seed++) {
        let x = seed;
        const next = (n: number) => {
          x = (x * 1103515245 + 12345) % 2147483648;
          return x % n;
        };
        const index = new MarkIndex();
        const summary = new PageSummary(ctx);
        const live: BlockEntry[] = [];
        for (let step = 0; step < 60; step++) {
          const what = next(10);
          if (what < 6 || live.length === 0) {
            const picked = Array.from({ length: 1 + next(3) }, () => ids[next(ids.length)] ?? '');
            live.push(add(index, picked));
          } else if (what < 9) {
            const [gone] = live.splice(next(live.length), 1);
            if (gone) index.remove(gone);
          }
          if (next(2) === 0) expect(summary.of(index)).toEqual(fresh(index, ctx));
        }
        expect(summary.of(index)).toEqual(fresh(index, ctx));
      }
  });
});

describe('SessionSummary', () => {
  it('answers with the same list while the index is unchanged, and follows a new index or none', () => {
    const summaries = new SessionSummary(context);
    expect(summaries.of(undefined)).toEqual([]);
    const index = new MarkIndex();
    add(index, ['kst-1-2']);
    const first = summaries.of(index);
    expect(first.map((s) => s.id)).toEqual(['kst-1-2']);
    expect(summaries.of(index)).toBe(first);
    add(index, ['kst-3-4']);
    expect(summaries.of(index)).toEqual(fresh(index));
    // Marking switched off and on: a new session's index is counted from its own start.
    const next = new MarkIndex();
    add(next, ['kst-5-6']);
    expect(summaries.of(next).map((s) => s.id)).toEqual(['kst-5-6']);
    expect(summaries.of(undefined)).toEqual([]);
  });
});
