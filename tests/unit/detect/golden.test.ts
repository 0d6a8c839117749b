import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Detection, RefKind } from '../../../src/core/detect';
import { runScan } from '../../../src/cli/scan-command';
import { readInput } from '../../../src/cli/scan-input';

// Golden fixtures (tests/fixtures/golden/README.md): each input runs through `scan` with the
// bundled data, and its output must be exactly the detections listed by hand in the expected
// file. The list gives text, kind and id in reading order; the offsets follow from finding each
// text in the input after the previous one.

const DIR = join(import.meta.dirname, '../../fixtures/golden');

interface Expected {
  input: string;
  /** When present, terms are listed only before the first occurrence of this text. */
  termsListedUntil?: string;
  detections: [string, RefKind, string][];
}

function locate(text: string, listed: Expected['detections']): Detection[] {
  let from = 0;
  return listed.map(([span, kind, id]) => {
    const start = text.indexOf(span, from);
    if (start < 0)
      throw new Error(`listed text ${JSON.stringify(span)} not found after offset ${from}`);
    from = start + span.length;
    return { start, end: from, text: span, kind, id };
  });
}

const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));

describe('golden fixtures', () => {
  it('include every seed', () => {
    const inputs = fixtures.map(
      (f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Expected).input,
    );
    expect(inputs).toEqual(
      expect.arrayContaining([
        'seed-000.txt',
        'seed-001.txt',
        'seed-002.txt',
        'seed-003.txt',
        'seed-004.txt',
      ]),
    );
  });

  it.each(fixtures)('%s', (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Expected;
    const path = join(DIR, expected.input);
    const text = readInput(path);
    const lines = runScan([path])
      .split('\n')
      .filter((line) => line !== '');
    for (const line of lines) {
      expect(Object.keys(JSON.parse(line) as object)).toEqual([
        'start',
        'end',
        'text',
        'kind',
        'id',
      ]);
    }
    let actual = lines.map((line) => JSON.parse(line) as Detection);
    if (expected.termsListedUntil !== undefined) {
      const cut = text.indexOf(expected.termsListedUntil);
      expect(cut).toBeGreaterThan(0);
      actual = actual.filter((d) => d.kind !== 'term' || d.start < cut);
    }
    expect(actual).toEqual(locate(text, expected.detections));
  });
});
