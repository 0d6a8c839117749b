import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the third held-out set's kinds (see forms-heldout-3.test.ts): each
// reads back to its id and span, and the look-alikes next to them stay unmarked.

const ACT_WORDS = fc.constantFrom(
  ['Verordening (EU)', 'R'],
  ['Regulation (EU)', 'R'],
  ['Richtlijn (EU)', 'L'],
  ['Besluit (EU)', 'D'],
);

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

describe('third held-out kinds, generated', { timeout: 60_000 }, () => {
  it('reads a number above the yearly sequence as the act and its footnote marker', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2030 }),
        // Three digits and a one-digit marker make at least 4 000: beyond any year's sequence.
        fc.integer({ min: 400, max: 999 }),
        fc.integer({ min: 1, max: 9 }),
        ACT_WORDS,
        (year, n, marker, [word, type]) => {
          const act = `${word} ${year}/${n}`;
          expect(detect(`Zie ${act}${marker} hier.`)).toEqual([
            {
              start: 4,
              end: 4 + act.length,
              text: act,
              kind: 'eu-act',
              id: `celex-3${year}${type}${pad(n)}`,
            },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a directive number of 1992–2014 with a glued marker digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1992, max: 2014 }),
        fc.integer({ min: 100, max: 999 }),
        fc.integer({ min: 1, max: 9 }),
        (year, n, marker) => {
          expect(detect(`Richtlijn ${year}/${n}${marker} is`).map((d) => [d.text, d.id])).toEqual([
            [`Richtlijn ${year}/${n}`, `celex-3${year}L${pad(n)}`],
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads "(EU) YYYY N" with a space for the slash', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2030 }),
        fc.integer({ min: 1, max: 3999 }),
        ACT_WORDS,
        fc.constantFrom(' ', '\u00a0'),
        fc.constantFrom(' van de Commissie', '.', ', en', ''),
        (year, n, [word, type], space, after) => {
          const act = `${word} ${year}${space}${n}`;
          expect(detect(`Zie ${act}${after}`).map((d) => [d.text, d.id])).toEqual([
            [act, `celex-3${year}${type}${pad(n)}`],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the kind of a bare "YYYY/N/ending" from the title before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1993, max: 2014 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(
          ['Council Framework Decision of 13 June', 'JHA', 'F'],
          ['Kaderbesluit van de Raad van 13 juni', 'JBZ', 'F'],
          ['Besluit van de Raad van 13 juni', 'JBZ', 'D'],
          ['Council Decision of 13 June', 'CFSP', 'D'],
          ['Richtlijn van de Raad van 13 juni', 'EG', 'L'],
          ['Beschikking van de Commissie van 13 juni', 'EG', 'D'],
          ['Verordening van de Raad van 13 juni', 'EG', null],
          ['Het besluit geldt. Zie ook', 'JBZ', null],
        ),
        fc.constantFrom(' over de zaak', ' on the matter and others', ''),
        (year, n, [title, ending, type], about) => {
          const number = `${year}/${n}/${ending}`;
          const text = `${title} ${year}${about} (${number}), PB L 1`;
          const expected = type ? [[number, `celex-3${year}${type}${pad(n)}`]] : [];
          expect(detect(text).map((d) => [d.text, d.id])).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the Staatsblad, Staatscourant and Tractatenblad with the year after the number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['Stb.', 'stb'],
          ['Staatsblad', 'stb'],
          ['Stbl.', 'stb'],
          ['Stcrt.', 'stcrt'],
          ['Trb.', 'trb'],
        ),
        fc.integer({ min: 1850, max: 2030 }),
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom('', 'nr. ', 'no. '),
        fc.constantFrom('', '3 mei '),
        ([word, prefix], year, n, numberWord, day) => {
          const cited = `${word} ${numberWord}${n} van ${day}${year}`;
          expect(detect(`Zie ${cited} voor de tekst.`).map((d) => [d.text, d.id])).toEqual([
            [cited, `${prefix}-${year}-${n}`],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads past a Rijkswet’s number to the document number, and leaves it out of the id', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10000, max: 39999 }),
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom(
          (d: number, r: number, n: number) => `Kamerstukken II 2021/22, ${d} (R${r}), nr. ${n}`,
          (d: number, r: number, n: number) => `Kamerstuk ${d}-(R${r})-${n}`,
          (d: number, r: number, n: number) => `zie ${d} (R${r}), nr. ${n} en`,
          (d: number, r: number, n: number) => `goedgekeurd: ${d}-(R${r})-${n}; 34722-1;`,
        ),
        (d, r, n, write) => {
          expect(detect(write(d, r, n)).map((x) => x.id)[0]).toBe(`kst-${d}-${n}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('marks the dossier cell of a row of changes, and only in such a row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10000, max: 39999 }),
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(' | ', '\t'),
        fc.boolean(),
        (d, year, n, sep, withPublication) => {
          const publication = withPublication ? `Stb. ${year}, ${n}` : `${year}`;
          const row = ['01-01-2020', 'Wijziging', publication, String(d), '02-01-2020'];
          const found = detect(row.join(sep)).map((x) => x.id);
          expect(found).toEqual(withPublication ? [`stb-${year}-${n}`, `dossier-${d}`] : []);
        },
      ),
      { numRuns: 300 },
    );
  });
});
