import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the second held-out set's kinds (see forms-heldout-2.test.ts): each
// reads back to its id, and the look-alikes next to them stay unmarked.

const dossier = fc.integer({ min: 10000, max: 39999 });
const nr = fc.integer({ min: 1, max: 3000 });
const MONTHS = ['januari', 'maart', 'mei', 'juli', 'september', 'december'];

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

function spaced(d: number, space: boolean): string {
  const s = String(d);
  return space ? `${s.slice(0, 2)} ${s.slice(2)}` : s;
}

describe('second held-out kinds, generated', { timeout: 60_000 }, () => {
  it('files a number under the dossier named after it', () => {
    fc.assert(
      fc.property(
        dossier,
        nr,
        fc.boolean(),
        fc.constantFrom('', ' toegevoegd', ' is gevoegd'),
        fc.constantFrom('in', 'van', 'aan', 'bij'),
        fc.constantFrom('', 'het '),
        (d, n, space, verb, prep, article) => {
          const text = `Deze brief is als nr. ${n}${verb} ${prep} ${article}dossier ${spaced(d, space)}.`;
          expect(ids(text)).toEqual([`kst-${d}-${n}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the number or letter after "e.a."', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.oneof(
          nr.map((n) => ({ written: `nr. ${n}`, part: String(n), first: false })),
          fc.constantFrom('A', 'D', 'AB').map((l) => ({ written: l, part: l, first: true })),
        ),
        fc.constantFrom('e.a.', 'e.a', 'e. a.'),
        (d, { written, part, first }, ea) => {
          const chamber = first ? 'I 2004/05' : 'II 2019/20';
          const text = `Kamerstukken ${chamber}, ${spaced(d, true)} ${ea}, ${written} (bron)`;
          expect(ids(text)).toEqual([`kst-${d}-${part}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads publications written with a slash, never a span of years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['Stb.', 'stb'],
          ['Stcrt.', 'stcrt'],
          ['Trb.', 'trb'],
          ['Staatsblad', 'stb'],
        ),
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 99999 }),
        ([word, prefix], year, n) => {
          const twoDigits = n % 100 === (year + 1) % 100 && n < 100;
          const expected = n === year + 1 || twoDigits ? [] : [`${prefix}-${year}-${n}`];
          const written = twoDigits ? String(n % 100).padStart(2, '0') : String(n);
          expect(ids(`zie ${word} ${year}/${written} hier`)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the Staatsblad year from the nearest act’s date in the sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('wet', 'besluit', 'Regeling', 'Invoeringswet'),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(...MONTHS),
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(' tot wijziging van de Wet X', ' houdende regels over Y', ''),
        fc.boolean(),
        (act, day, month, year, n, middle, breaks) => {
          const lead = `de ${act} van ${day} ${month} ${year}${middle}`;
          const text = breaks ? `${lead}. Daarna kwam (Stb. ${n}).` : `${lead} (Stb. ${n}).`;
          expect(ids(text)).toEqual(breaks ? [] : [`stb-${year}-${n}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads "(EU) nr. N/YYYY" as a regulation before 2015 only', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('EU', 'EG', 'EEG', 'EC'),
        fc.constantFrom('nr.', 'nr', 'No', 'no.'),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1958, max: 2030 }),
        (tag, word, n, year) => {
          const expected = year < 2015 ? [`celex-3${year}R${String(n).padStart(4, '0')}`] : [];
          expect(ids(`op grond van (${tag}) ${word} ${n}/${year} van de Raad`)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a bill’s number with spaces inside its parentheses', () => {
    fc.assert(
      fc.property(dossier, fc.boolean(), fc.constantFrom(' ', '', '\u00a0'), (d, space, pad) => {
        const text = `het wetsvoorstel Wijziging van de Wet X (${pad}${spaced(d, space)}${pad}).`;
        expect(ids(text)).toEqual([`dossier-${d}`]);
      }),
      { numRuns: 300 },
    );
  });
});
