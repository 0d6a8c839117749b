import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the seventh held-out kinds (see forms-heldout-5.test.ts): each reads back
// to its id, and the look-alikes stay unmarked.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

/** "36200", "36 200" or "36.200": the ways a dossier number is written. */
function written(n: number, style: number): string {
  const s = String(n);
  return style === 0 ? s : `${s.slice(0, 2)}${style === 1 ? ' ' : '.'}${s.slice(2)}`;
}

describe('seventh held-out kinds, generated', { timeout: 60_000 }, () => {
  it('reads a directive after "nr." year first, with a two- or four-digit year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('richtlijn nr.', 'Richtlijn nr.', 'Directive No', 'Raadsrichtlijn nr.'),
        fc.integer({ min: 1958, max: 2014 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('EEG', 'EG', 'EEC', 'EC'),
        (word, year, n, ending) => {
          const y = year < 1999 ? String(year).slice(2) : String(year);
          expect(ids(`Gelet op ${word} ${y}/${n}/${ending} van de Raad`)).toEqual([
            `celex-3${year}L${pad(n)}`,
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a decision after "nr." year first unless its second part can be a year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Beschikking nr.', 'Besluit nr.', 'Decision No'),
        fc.integer({ min: 1958, max: 1998 }),
        fc.integer({ min: 100, max: 999 }),
        (word, year, n) => {
          expect(ids(`${word} ${String(year).slice(2)}/${n}/EEG`)).toEqual([
            `celex-3${year}D${pad(n)}`,
          ]);
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('Besluit nr.', 'Decision No'),
        fc.integer({ min: 1000, max: 1949 }),
        fc.integer({ min: 1999, max: 2014 }),
        (word, n, year) => {
          expect(ids(`${word} ${n}/${year}/EG`)).toEqual([`celex-3${year}D${pad(n)}`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a framework decision type F by its word, and no third-pillar act after 2009', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2009 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('JHA', 'JBZ'),
        (year, n, ending) => {
          const number = `${year}/${n}/${ending}`;
          expect(ids(`Kaderbesluit ${number}`)).toEqual([`celex-3${year}F${pad(n)}`]);
          expect(ids(`Council Framework Decision ${number}`)).toEqual([`celex-3${year}F${pad(n)}`]);
          // A decision word gives D or F, the same in either language and either case.
          const english = ids(`Council Decision ${number}`);
          expect(english).toHaveLength(1);
          expect([`celex-3${year}D${pad(n)}`, `celex-3${year}F${pad(n)}`]).toContain(english[0]);
          expect(ids(`Besluit ${number}`)).toEqual(english);
          expect(ids(`het besluit ${number}`)).toEqual(english);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2010, max: 2014 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('Decision', 'Besluit', 'Raadsbesluit'),
        (year, n, word) => {
          expect(ids(`${word} ${year}/${n}/JBZ`)).toEqual([`celex-3${year}D${pad(n)}`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a bill named by any of its words and its number in the dossier range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Wetsontwerp',
          'wetsontwerp',
          'wetsontwerp nr.',
          'wetsontwerpen',
          'ontwerp van wet',
          'Voorstel van wet',
          'voorstel van rijkswet',
          'wetsvoorstel',
        ),
        fc.integer({ min: 10000, max: 39999 }),
        fc.integer({ min: 0, max: 2 }),
        (word, n, style) => {
          expect(ids(`12 ${word} ${written(n, style)} (klassieke grondrechten)`)).toEqual([
            `dossier-${n}`,
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves an amount or a count after a bill word unmarked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('wetsontwerp', 'ontwerp van wet', 'voorstel van wet'),
        fc.integer({ min: 10000, max: 39999 }),
        fc.constantFrom('euro', 'miljoen', 'mensen', 'procent', '%'),
        (word, n, unit) => {
          expect(ids(`het ${word} ${written(n, 1)} ${unit}`)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a number in parentheses that closes a title, and no other', () => {
    const titles = fc.constantFrom(
      'de Nota over de toestand van de financiën',
      'de Miljoenennota 2025',
      'Begroting Koninkrijksrelaties',
      'Regels over het onderwijs',
      'de implementatie van richtlijn 2019/1937',
    );
    fc.assert(
      fc.property(
        titles,
        fc.integer({ min: 10000, max: 39999 }),
        fc.constantFrom('.', ';', '', ' (voortzetting)', '\n'),
        (title, n, after) => {
          const got = detect(`• ${title} (${n})${after}`).filter((d) => d.kind === 'dossier');
          expect(got.map((d) => [d.text, d.id])).toEqual([[String(n), `dossier-${n}`]]);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        titles,
        fc.integer({ min: 10000, max: 39999 }),
        fc.constantFrom(' woorden', ' euro', ' x'),
        (title, n, unit) => {
          // A bill's own title ("Regels over …") takes the dotted form too (bill-numbers.ts).
          const dotted = title.startsWith('Regels') ? [] : [`• ${title} (${written(n, 2)}).`];
          const counted = `• ${title} (${n}${unit}).`;
          const elsewhere = `• ${title}; wij telden (${n}).`;
          for (const text of [...dotted, counted, elsewhere]) {
            expect(detect(text).filter((d) => d.kind === 'dossier')).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
