import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitAround } from '../../../src/core/detect/merge';
import { mergeDetections } from '../../../src/core/detect/merge';
import type { Detection } from '../../../src/core/detect';

// The one-walk merge of the keyword-free passes must keep every rule of the plain definition:
// each extra fitted against all marks (`fitAround`), terms under a kept extra dropped.

const TEXT = 'x'.repeat(200);

function reference(out: Detection[], extra: readonly Detection[]): Detection[] {
  const kept = extra.map((e) => fitAround(out, e)).filter((e): e is Detection => e !== null);
  // Nothing to add: the marks come back as they are.
  if (kept.length === 0) return out;
  const merged = out.filter(
    (d) => d.kind !== 'term' || kept.every((e) => d.end <= e.start || d.start >= e.end),
  );
  return [...merged, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

function mark(start: number, length: number, kind: Detection['kind'], n: number): Detection {
  return { start, end: start + length, text: TEXT.slice(start, start + length), kind, id: `i${n}` };
}

/** Marks sorted by start that may overlap (a range's numbers share a span). */
const marks = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 150 }),
      length: fc.integer({ min: 1, max: 40 }),
      term: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((all) =>
    all
      .sort((a, b) => a.start - b.start)
      .map((m, n) => mark(m.start, m.length, m.term ? 'term' : 'kamerstuk', n)),
  );

/** Extras sorted by start that never overlap each other. */
const extras = fc
  .array(
    fc.record({ gap: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: 1, max: 30 }) }),
    {
      maxLength: 6,
    },
  )
  .map((all) => {
    let at = 0;
    return all.map(({ gap, length }, n) => {
      const e = mark(at + gap, length, 'dossier', 100 + n);
      at = e.end;
      return e;
    });
  });

describe('mergeDetections', () => {
  it('equals fitting every extra against every mark', () => {
    fc.assert(
      fc.property(marks, extras, (out, extra) => {
        expect(mergeDetections([...out], extra)).toEqual(reference([...out], extra));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts an extra short before a citation inside it and drops the terms it covers', () => {
    const out = [mark(2, 3, 'term', 1), mark(20, 5, 'eu-act', 2)];
    const merged = mergeDetections(out, [mark(0, 30, 'kamerstuk', 3)]);
    expect(merged.map((d) => [d.id, d.start, d.end])).toEqual([
      ['i3', 0, 20],
      ['i2', 20, 25],
    ]);
  });

  it('keeps every extra that sits between two marks, among thousands', () => {
    const out = Array.from({ length: 2_000 }, (_, n) =>
      mark(n * 10, 4, n % 2 ? 'term' : 'kamerstuk', n),
    );
    const extra = Array.from({ length: 2_000 }, (_, n) => mark(n * 10 + 5, 3, 'dossier', n));
    const merged = mergeDetections(out, extra);
    // Every extra sits between two marks: all are kept, nothing is dropped.
    expect(merged).toHaveLength(4_000);
  });
});
