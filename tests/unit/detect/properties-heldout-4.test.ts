import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the fourth held-out kinds (see forms-heldout-4.test.ts): each reads back
// to its ids, and the look-alikes without an act word stay unmarked.

const REGULATION_WORDS = fc.constantFrom(
  'Verordening',
  'verordening',
  'Raadsverordening',
  'Commissieverordening',
  'Uitvoeringsverordening',
  'EG-verordening',
  'Verordening (EG)',
  'Regulation (EC) No',
  'Verordening (EEG) nr.',
);

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

describe('fourth held-out kinds, generated', { timeout: 60_000 }, () => {
  it('reads a regulation number/year before 2015 after any act word, and the list after it', () => {
    fc.assert(
      fc.property(
        REGULATION_WORDS,
        fc.array(
          fc.tuple(
            // A number of 2015–2040 before a year reads as the sequence's year (ambiguous).
            fc.integer({ min: 1, max: 3999 }).filter((n) => n < 2015 || n > 2040),
            fc.integer({ min: 1958, max: 2014 }),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.constantFrom(', ', ' en ', ' and '),
        (word, acts, joiner) => {
          const list = acts.map(([n, y]) => `${n}/${y}`).join(joiner);
          const got = detect(`Zie de ${word} ${list} hier.`).map((d) => d.id);
          expect(got).toEqual(acts.map(([n, y]) => `celex-3${y}R${pad(n)}`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a regulation year/number since 2015 after an act word', () => {
    fc.assert(
      fc.property(
        // With "nr." or "No" the number/year reading comes first ("No 2015/10" is of 2010).
        REGULATION_WORDS.filter((w) => !/n[or]\.?$/i.test(w)),
        fc.integer({ min: 2015, max: 2030 }),
        fc.integer({ min: 1, max: 3999 }),
        (word, year, n) => {
          const got = detect(`Zie de ${word} ${year}/${n} hier.`).map((d) => d.id);
          expect(got).toEqual([`celex-3${year}R${pad(n)}`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('marks no N/YYYY or YYYY/N without an act word before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('NJ', 'M&M', 'JBPr', 'AB', 'zaak', 'ECLI', 'score', 'op'),
        fc.integer({ min: 1, max: 3999 }),
        fc.integer({ min: 1958, max: 2030 }),
        fc.boolean(),
        (lead, n, y, yearFirst) => {
          const number = yearFirst ? `${y}/${n}` : `${n}/${y}`;
          expect(detect(`${lead} ${number} en ${n}/${y}`)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads every number of a Tractatenblad list with the year repeated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1951, max: 2025 }), fc.integer({ min: 1, max: 400 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom(' en ', '; '),
        (items, joiner) => {
          const text = `(Trb. ${items.map(([y, n]) => `${y}, ${n}`).join(joiner)})`;
          expect(detect(text).map((d) => d.id)).toEqual(items.map(([y, n]) => `trb-${y}-${n}`));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a Rijkswet dossier with its R-number as the dossier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 39_999 }),
        fc.integer({ min: 1000, max: 2999 }),
        fc.boolean(),
        fc.constantFrom('', ' '),
        (dossier, r, spaced, inner) => {
          const written = spaced
            ? `${String(dossier).slice(0, 2)} ${String(dossier).slice(2)}`
            : String(dossier);
          const pair = `${written} (R${inner}${r})`;
          expect(detect(`Agenda: ${pair} Adv RvSt`)).toEqual([
            {
              start: 8,
              end: 8 + pair.length,
              text: pair,
              kind: 'dossier',
              id: `dossier-${dossier}`,
            },
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
