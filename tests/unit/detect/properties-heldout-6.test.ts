import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the sixth held-out kinds (see forms-heldout-6.test.ts): each reads back
// to its ids, and its look-alikes stay unmarked.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

const dossier = fc.integer({ min: 10_000, max: 39_999 });
const title = fc.constantFrom(
  'Jeugdzorg',
  'Rechtsstaat en Rechtsorde',
  'Landbouw- en Visserijraad',
  'Wijziging van de Wet op het primair onderwijs',
);

function spaced(d: number, space: boolean): string {
  const s = String(d);
  return space ? `${s.slice(0, 2)} ${s.slice(2)}` : s;
}

describe('sixth held-out kinds, generated', { timeout: 60_000 }, () => {
  it('never glues a dossier-nr id to the letterhead number after it', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('ID: ', 'Document ', 'Kenmerk '),
        fc.constantFrom('\n', '\n\n'),
        fc.constantFrom(' NOTA NAAR AANLEIDING VAN HET VERSLAG', ' BRIEF VAN DE MINISTER', ''),
        (d, n, lead, gap, kind) => {
          const got = ids(`${lead}${d}-${n}${gap}Nr. ${n}${kind}\n\nDen Haag`);
          expect(got.filter((id) => id.split('-').length > 3)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads "dossier -N" as the document number, whatever its length', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom('kamerstukdossier ', 'Kamerstuk ', 'dossier '),
        (d, n, word) => {
          expect(ids(`Onderdeel van ${word}${d} -${n} Wijziging van de Wet`)).toEqual([
            `kst-${d}-${n}`,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a sub-dossier\'s paper as tkconv lists it ("21501 34-366")', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 2000 }),
        (d, sub, n) => {
          const s = String(sub).padStart(2, '0');
          expect(ids(`Onderdeel van kamerstukdossier ${d} ${s}-${n} Raad voor`)).toEqual([
            `kst-${d}-${s}-${n}`,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a kind-less letterhead number at a block end, and not when text follows', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.boolean(),
        title,
        fc.constantFrom(' ', '\n', '\n\n'),
        fc.constantFrom('\n', '\n\n'),
        fc.constantFrom('Nr.', 'nr.'),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom('', '\n', '\n\nDe uitslag van de stemming', '\nNr. 4'),
        (d, space, t, titleBreak, gap, word, n, after) => {
          const text = `${spaced(d, space)}${titleBreak}${t}${gap}${word} ${n}${after}`;
          expect(ids(text)).toEqual(after.trim() === '' ? [`kst-${d}-${n}`] : []);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a four-digit dossier only after a vergaderjaar up to 1969/70', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1946, max: 1990 }),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(
          (y: number, d: number, n: number) =>
            `Bijl.Hand. II ${y}/${String(y + 1).slice(2)} – ${d} No. ${n} p. 2.`,
          (y: number, d: number, n: number) =>
            `(Kamerstukken II, Zitting ${y}-${y + 1}-${d}, Nr. ${n}, blz. 4)`,
        ),
        (y, d, n, write) => {
          expect(ids(write(y, d, n))).toEqual(y < 1970 ? [`kst-${d}-${n}`] : []);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a publication number glued to a capitalised word, never to a lower-case one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['Staatscourant', 'stcrt'],
          ['Stcrt.', 'stcrt'],
          ['Staatsblad', 'stb'],
          ['Stb.', 'stb'],
          ['Tractatenblad', 'trb'],
          ['Trb.', 'trb'],
        ),
        fc.integer({ min: 1995, max: 2026 }),
        fc.integer({ min: 1, max: 99_999 }).filter((n) => n < 1800 || n > 2100),
        fc.constantFrom('Interne regelingen', 'Besluiten', 'Wetten'),
        fc.boolean(),
        ([word, prefix], year, n, cell, lower) => {
          const next = lower ? cell.toLowerCase() : cell;
          // Glued to the cell before only as the word written out (a table's column).
          const lead = word.endsWith('.') ? 'Ministerie ' : 'Ministerie';
          const got = ids(`${lead}${word} ${year}, ${n}${next}`);
          expect(got).toEqual(lower ? [] : [`${prefix}-${year}-${n}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a citation word glued to a footnote marker', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        dossier,
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom(
          (d: number, n: number) => [`Kamerstukken II 2020/21, ${d}, nr. ${n}.`, `kst-${d}-${n}`],
          (d: number, n: number) => [
            `Handelingen II 2020/21, nr. ${n}, item 3.`,
            `h-tk-20202021-${n}-3`,
          ],
          (d: number, n: number) => [`Stb. 2020, ${n}.`, `stb-2020-${n}`],
          (d: number, _n: number) => [`Staatscourant 2021, ${d}.`, `stcrt-2021-${d}`],
        ),
        (note, d, n, write) => {
          const [citation, id] = write(d, n);
          expect(ids(`${note}${citation}`)).toEqual([id]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a pre-2015 regulation written year/number when the number is no year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1958, max: 2014 }),
        fc.integer({ min: 100, max: 3999 }).filter((n) => n < 1950 || n > 2099),
        (year, n) => {
          expect(ids(`Wetgevingsnummer | Verordening ${year}/${n} |`)).toEqual([
            `celex-3${year}R${String(n).padStart(4, '0')}`,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
