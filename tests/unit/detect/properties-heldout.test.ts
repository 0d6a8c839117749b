import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the held-out kinds of issue 12 (see forms-heldout.test.ts): each reads
// back to its id, and the look-alikes next to them stay unmarked.

const dossier = fc.integer({ min: 10000, max: 39999 });
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus'];

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('held-out kinds, generated', { timeout: 60_000 }, () => {
  it('files a number after several dossiers under the first', () => {
    const joiner = fc.constantFrom(', ', ' en ', ' / ', ' & ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dossier, joiner), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom('Kamerstuk ', 'Kamerstukken II 2019/20, ', 'zie '),
        (list, nr, lead) => {
          const written = list.map(([d, j], k) => (k === 0 ? String(d) : `${j}${d}`)).join('');
          expect(ids(`${lead}${written}, nr. ${nr}.`)).toEqual([`kst-${list[0]?.[0]}-${nr}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads every document of a ";"-list and nothing else', () => {
    const document = fc
      .tuple(dossier, fc.option(fc.constantFrom('02', '08', '33', 'VI', 'A')), fc.nat(9999))
      .map(([d, suffix, nr]) => {
        const code = `${d}${suffix ? `-${suffix}` : ''}-${nr}`;
        return { code, id: `kst-${code}` };
      });
    const zaak = fc
      .tuple(fc.integer({ min: 2008, max: 2030 }), fc.constantFrom('Z', 'D'), fc.nat(99999))
      .map(([y, letter, n]) => ({ code: `${y}${letter}${String(n).padStart(5, '0')}`, id: null }));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(document, zaak), { minLength: 2, maxLength: 6 }),
        fc.boolean(),
        (items, trailing) => {
          const text = `De volgende stukken af te voeren:\n\n${items.map((i) => i.code).join('; ')}${trailing ? ';' : ''}`;
          expect(ids(text)).toEqual(items.flatMap((i) => (i.id ? [i.id] : [])));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves lists of amounts, ranges and phone numbers unmarked', () => {
    const amount = fc
      .tuple(fc.integer({ min: 10000, max: 39999 }), fc.integer({ min: 10000, max: 99999 }))
      .map(([a, b]) => `${a}-${b}`);
    const phone = fc.integer({ min: 1000000, max: 9999999 }).map((n) => `070-${n}`);
    const plain = fc.integer({ min: 1, max: 99999 }).map(String);
    fc.assert(
      fc.property(fc.array(fc.oneof(amount, phone, plain), { minLength: 2, maxLength: 6 }), (l) => {
        expect(ids(`Bedragen:\n${l.join('; ')};`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a footnote marker glued to an EU act number out of its id and mark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2030 }),
        // Four-digit numbers within the yearly sequence (below 4 000; see eu-acts.ts).
        fc.integer({ min: 1000, max: 3999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(['Verordening (EU)', 'R'], ['Richtlijn (EU)', 'L'], ['Besluit (EU)', 'D']),
        (year, n, marker, [word, type]) => {
          const act = `${word} ${year}/${n}`;
          expect(detect(`Zie ${act}${marker} hier.`)).toEqual([
            {
              start: 4,
              end: 4 + act.length,
              text: act,
              kind: 'eu-act',
              id: `celex-3${year}${type}${n}`,
            },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads glued letterheads of Kamerstukken and Handelingen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1995, max: 2030 }),
        dossier,
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('', ' '),
        (y, d, nr, item, gap) => {
          const years = `${y}-${y + 1}`;
          expect(ids(`Tweede Kamer der Staten-Generaal${gap}${years}${gap}${d} nr. ${nr}`)).toEqual(
            [`kst-${d}-${nr}`],
          );
          expect(
            ids(`Tweede Kamer der Staten-Generaal${gap}${years}${gap}nr. ${nr}, item ${item}`),
          ).toEqual([`h-tk-${y}${y + 1}-${nr}-${item}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a motion cited as "DOSSIER-SUFFIX, nr. N"', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.constantFrom('02', '08', '33', 'VI', 'XV'),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom(', nr. ', ' nr. ', ', nummer '),
        (d, suffix, nr, word) => {
          expect(ids(`vóór motie ${d}-${suffix}${word}${nr} gestemd`)).toEqual([
            `kst-${d}-${suffix}-${nr}`,
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the Staatsblad year from the act’s date right before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(...MONTHS),
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(['Besluit van', ', Stb. ', ''], ['Wet van', ' (Stb. ', ')']),
        (day, month, year, nr, [act, open, close]) => {
          const text = `${act} ${day} ${month} ${year}${open}${nr}${close}`;
          expect(ids(text)).toEqual([`stb-${year}-${nr}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a bill’s dossier in parentheses after its title, not other numbers there', () => {
    const title = fc.constantFrom(
      'het wetsvoorstel Wijziging van de Tracéwet',
      'Voorstel van wet tot wijziging van Boek 7 BW',
      'de Wet implementatie richtlijn',
    );
    fc.assert(
      fc.property(title, dossier, fc.constantFrom('.', ';', ' is aangenomen.'), (t, d, end) => {
        expect(ids(`${t} (${d})${end}`)).toEqual([`dossier-${d}`]);
        expect(ids(`De kosten van het project (${d}) zijn hoog${end}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
