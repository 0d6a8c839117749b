import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector, type Detection } from '../../../src/core/detect';
import { ID_PATTERNS } from '../../../src/core/data/ids';
import { detect } from './helpers';
import { testLexicon } from './test-lexicon';

// Invariants of the detector for any input: it never throws, offsets are UTF-16 positions in
// bounds and in order, detections never overlap, `text` is the slice, every id is in the
// canonical grammar of its kind (the data layer's patterns, the one definition), and the result
// depends on nothing but the input.

function canonical(d: Detection): boolean {
  if (d.kind === 'motie') return ID_PATTERNS.motie.test(d.id) || ID_PATTERNS.kamerstuk.test(d.id);
  return ID_PATTERNS[d.kind].test(d.id);
}

function same(a: Detection[], b: Detection[]): boolean {
  return a.length === b.length && a.every((d, k) => JSON.stringify(d) === JSON.stringify(b[k]));
}

/** A number a range implies without writing it: its span is the range ("20–23"), CONTRACT §2. */
const RANGE_TEXT =
  /^(\d+)\s*(?:[-\u2010\u2011\u2013\u2014]|t\/m|t\.m\.|tot\s+en\s+met|to|through)\s*(\d+)$/;

function isRangeFill(d: Detection): boolean {
  const m = RANGE_TEXT.exec(d.text);
  const nr = Number(/-(\d+)$/.exec(d.id)?.[1]);
  return d.kind === 'kamerstuk' && m !== null && nr > Number(m[1]) && nr < Number(m[2]);
}

/** Throws with the offending detection when an invariant fails (plain checks: this runs a lot). */
function checkInvariants(text: string): void {
  const all = detect(text);
  let previousEnd = 0;
  let previousStart = 0;
  for (const d of all) {
    const fill = isRangeFill(d);
    const ok =
      Number.isInteger(d.start) &&
      Number.isInteger(d.end) &&
      d.start >= previousStart &&
      (fill || d.start >= previousEnd) &&
      d.end > d.start &&
      d.end <= text.length &&
      d.text === text.slice(d.start, d.end) &&
      canonical(d);
    if (!ok) throw new Error(`invariant broken by ${JSON.stringify(d)} after ${previousEnd}`);
    previousStart = d.start;
    // Range fills overlap the numbers around them; the others must not overlap each other.
    if (!fill) previousEnd = Math.max(previousEnd, d.end);
  }
  if (!same(detect(text), all)) throw new Error('a second call gave another result');
}

/** Pieces of real citations, terms and look-alikes, glued in random order: reaches the grammar. */
const fragment = fc.constantFrom(
  'Kamerstuk',
  'Kamerstukken II',
  'kamerstukdossier',
  'dossier',
  'TK',
  'EK',
  '2021/22,',
  '2024-2025',
  '2022–2023',
  '26 643',
  '26643',
  '323 17',
  '32.317',
  '36 600 VII',
  '21 501-33',
  '35300-A',
  'en',
  ',',
  ', nr.',
  'nrs.',
  'nr.3',
  'Nr.',
  '1011',
  '-891',
  'C',
  'OU)',
  '(',
  ')',
  'Handelingen',
  'Aanhangsel',
  'I',
  'II',
  'item',
  '78',
  'motie-',
  'moties',
  'van het lid',
  'Van Raan',
  'Kathmann',
  'c.s.',
  'het lid',
  'ingediende motie',
  'Verordening (EU)',
  'Richtlĳn',
  '2002/58/EG',
  'COM(2022)',
  'COM/2022/209',
  'kst-34843-114',
  'h-tk-20222023-78-23',
  'ah-tk-2024',
  'https://zoek.officielebekendmakingen.nl/',
  '.html',
  'JBZ-Raad',
  'detectiebevel',
  'end-to-end',
  'encryptie',
  'E2EE',
  'dsa',
  'nrs. 20–23',
  't/m',
  'tot en met',
  'letter',
  'K',
  'nummer',
  'no.',
  'p. 3;',
  'Stb.',
  'Staatscourant',
  'Trb.',
  '2019,',
  'Tweede Kamer',
  'Parliamentary Papers',
  'hoofdstuk',
  'VII',
  'IIA',
  '36200-VI-12',
  'kst-20072008-30881-B',
  'Kaderbesluit',
  '2008/913/JBZ',
  '(EU, Euratom)',
  'Verordeningen (EG) nr. 1/2003',
  '32016R0679',
  'eur-lex.europa.eu/eli/reg/2016/679/oj',
  'stb-2023-512',
  'D MEMORIE',
  '34722-1;',
  '2017Z09721;',
  '21501-08-692',
  ';',
  'Staten-Generaal2016-2017',
  '34700',
  '(31546)',
  'wetsvoorstel',
  'BW',
  'Aanhangig',
  'der',
  '1993/94-1996/97',
  '2017/19393',
  'Besluit van 27 november 2002,',
  'Stcrt.2006-9',
  '21501-02, nr. 1435',
  'NOTA',
  '\u200b',
  '\u2009',
  '\u202f',
  '\u00ad',
  'ë',
  '\u00a0',
  '\n',
  '😀',
  '\ud800',
);
const glue = fc.constantFrom(' ', '', '\n', '-', ', ', '  ');
const citationLike = fc
  .array(fc.tuple(fragment, glue), { maxLength: 24 })
  .map((parts) => parts.map(([f, g]) => f + g).join(''));

// Thousands of generated inputs: on a loaded 2-core machine they can take longer than Vitest's
// default 5 s, and a time limit here would measure the machine, not the detector.
describe('detector properties', { timeout: 60_000 }, () => {
  it('holds the invariants for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkInvariants), {
      numRuns: 300,
    });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkInvariants), {
      numRuns: 300,
    });
    // CPU-bound; the shared test machine can stretch it well past the default 5 s.
  }, 30_000);

  it('holds the invariants for citation-like text', () => {
    fc.assert(fc.property(citationLike, checkInvariants), { numRuns: 2000 });
  });

  it('is deterministic across detector instances', () => {
    const other = createDetector(testLexicon);
    fc.assert(
      fc.property(citationLike, (text) => same(other(text), detect(text))),
      { numRuns: 300 },
    );
  });

  it('finds a citation the same way whatever plain text surrounds it', () => {
    const citations: [string, string][] = [
      ['Kamerstuk 26 643, nr. 1011', 'kst-26643-1011'],
      ['Handelingen II 2022/23, nr. 78, item 23', 'h-tk-20222023-78-23'],
      ['Verordening (EU) 2021/1232', 'celex-32021R1232'],
      ['motie-Van Raan c.s.', 'kst-26643-885'],
      ['detectiebevelen', 'term-detectiebevel'],
    ];
    const words = fc.array(
      fc.constantFrom('de', 'brief', 'over', 'het', 'kabinet', 'zegt', '12', 'jl.'),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(fc.constantFrom(...citations), words, words, ([citation, id], before, after) => {
        const head = before.length > 0 ? `${before.join(' ')} ` : '';
        const text = `${head}${citation}${after.length > 0 ? ` ${after.join(' ')}` : ''}`;
        // objectContaining: a named motion also carries the id of its names (`named`).
        expect(detect(text)).toContainEqual(
          expect.objectContaining({
            start: head.length,
            end: head.length + citation.length,
            text: citation,
            kind: expect.any(String),
            id,
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads every generated spelling of a citation back to its id', () => {
    const year = fc.integer({ min: 1995, max: 2030 });
    const yearText = (y: number, style: number): string =>
      [
        `${y}/${String(y + 1).slice(2)}`,
        `${y}-${y + 1}`,
        `${y}–${y + 1}`,
        `${y}-${String(y + 1).slice(2)}`,
      ][style] ?? '';
    const kamerstuk = fc
      .record({
        dossier: fc.integer({ min: 10000, max: 39999 }),
        nr: fc.integer({ min: 1, max: 4000 }),
        keyword: fc.constantFrom(
          'Kamerstuk',
          'Kamerstukken',
          'Kamerstukken II',
          'Kamerstukken II,',
          'TK',
        ),
        year: fc.option(fc.tuple(year, fc.integer({ min: 0, max: 3 }))),
        spaced: fc.boolean(),
        nrDot: fc.constantFrom('nr. ', 'nr.', 'nr '),
      })
      .map(({ dossier, nr, keyword, year: y, spaced, nrDot }) => {
        const d = String(dossier);
        const written = spaced ? `${d.slice(0, 2)} ${d.slice(2)}` : d;
        const yearPart = y ? `${yearText(y[0], y[1])}, ` : '';
        return [`${keyword} ${yearPart}${written}, ${nrDot}${nr}`, `kst-${d}-${nr}`];
      });
    const handelingen = fc
      .record({
        chamber: fc.constantFrom('I', 'II'),
        y: year,
        style: fc.integer({ min: 0, max: 3 }),
        nr: fc.integer({ min: 1, max: 120 }),
        item: fc.integer({ min: 1, max: 40 }),
      })
      .map(({ chamber, y, style, nr, item }) => [
        `Handelingen ${chamber} ${yearText(y, style)}, nr. ${nr}, item ${item}`,
        `h-${chamber === 'I' ? 'ek' : 'tk'}-${y}${y + 1}-${nr}-${item}`,
      ]);
    const euAct = fc
      .record({
        kind: fc.constantFrom(
          { word: 'Verordening (EU)', type: 'R' },
          { word: 'Richtlijn (EU)', type: 'L' },
          { word: 'Regulation (EU)', type: 'R' },
        ),
        y: fc.integer({ min: 2015, max: 2030 }),
        n: fc.integer({ min: 1, max: 2999 }),
      })
      .map(({ kind: { word, type }, y, n }) => [
        `${word} ${y}/${n}`,
        `celex-3${y}${type}${String(n).padStart(4, '0')}`,
      ]);
    const words = fc.array(fc.constantFrom('zie', 'de', 'brief', '(', ')', 'en', 'over'), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.oneof(kamerstuk, handelingen, euAct), words, words, ([citation, id], a, b) => {
        const head = a.length > 0 ? `${a.join(' ')} ` : '';
        const text = `${head}${citation}${b.length > 0 ? ` ${b.join(' ')}` : ''}`;
        const hit = detect(text).find((d) => d.start === head.length);
        return hit?.text === citation && hit?.id === id;
      }),
      { numRuns: 1000 },
    );
  });
});
