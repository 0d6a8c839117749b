import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the lists and names a fresh reader found missed (issue 12): lists and
// ranges of Eerste Kamer letters and of Handelingen items, the Handelingen and the official
// publications under their English names and abbreviations, and motions of two members joined
// by "/". Each reads back to every id it names, and its look-alikes stay unmarked.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

const dossier = fc.integer({ min: 20_000, max: 39_999 });
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const year = fc.integer({ min: 1995, max: 2030 });

function spaced(d: number, how: number): string {
  const s = String(d);
  return [s, `${s.slice(0, 2)} ${s.slice(2)}`, `${s.slice(0, 2)}.${s.slice(2)}`][how] ?? s;
}

function vj(y: number): string {
  return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
}

describe('lists and names, generated', { timeout: 60_000 }, () => {
  it('gives every Eerste Kamer letter of a range, and of a list, after any opening', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(' t/m ', '-', '\u2013', ' tot en met '),
        fc.constantFrom(
          'Kamerstukken I 2021/22, ',
          'Kamerstukken EK, 2019-2020, ',
          'Kst I 2021/22, ',
        ),
        fc.constantFrom('', 'nrs. ', 'letters '),
        (d, how, from, length, dash, lead, word) => {
          const letters = LETTERS.slice(from, from + length + 1).split('');
          const first = letters[0] ?? 'A';
          const last = letters[letters.length - 1] ?? 'A';
          const gap = word === '' ? ', ' : `, ${word}`;
          const expected = letters.map((l) => `kst-${d}-${l}`);
          expect(ids(`${lead}${spaced(d, how)}${gap}${first}${dash}${last}.`)).toEqual(expected);
          const listed = `${letters.slice(0, -1).join(', ')} en ${last}`;
          expect(ids(`${lead}${spaced(d, how)}${gap}${listed}.`)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads no letter list into what is no letter after it', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.constantFrom(...LETTERS.split('')),
        fc.constantFrom('EU-landen', 'CDA', 'E-mail', 'NL', 'VVD'),
        (d, letter, after) => {
          const found = ids(`Kamerstukken I 2021/22, ${d}, ${letter} en ${after} hier`);
          expect(found).toEqual([`kst-${d}-${letter}`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives every item of a Handelingen list or range, in every opening', () => {
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('-', ' t/m ', '\u2013', ' tot en met '),
        fc.constantFrom(
          ['Handelingen II ', 'tk', 'nr.'],
          ['HTK ', 'tk', 'nr.'],
          ['HEK ', 'ek', 'nr.'],
          ['Parliamentary Proceedings II ', 'tk', 'no.'],
          ['Proceedings I ', 'ek', 'no.'],
        ),
        (y, nr, item, length, dash, [lead, house, word]) => {
          const items = Array.from({ length: length + 1 }, (_, k) => item + k);
          const prefix = `h-${house}-${y}${y + 1}-${nr}-`;
          const head = `${lead}${vj(y)}, ${word} ${nr}, items `;
          const expected = items.map((n) => `${prefix}${n}`);
          expect(ids(`Zie ${head}${item}${dash}${item + length}.`)).toEqual(expected);
          const listed = `${items.slice(0, -1).join(', ')} en ${item + length}`;
          expect(ids(`Zie ${head}${listed}.`)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the official publications under their English names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(
          ['Official Gazette (Staatsblad)', 'stb'],
          ['Bulletin of Acts and Decrees', 'stb'],
          ['Bulletin of Acts and Decrees (Staatsblad)', 'stb'],
          ['Government Gazette', 'stcrt'],
          ['Government Gazette (Staatscourant)', 'stcrt'],
          ['Official Gazette (Staatscourant)', 'stcrt'],
          ['Treaty Series (Tractatenblad)', 'trb'],
        ),
        fc.constantFrom(', ', ', no. ', ', nr. '),
        (y, n, [name, prefix], gap) => {
          expect(ids(`See ${name} ${y}${gap}${n}.`)).toEqual([`${prefix}-${y}-${n}`]);
          // Without the Dutch name "Official Gazette" and "Treaty Series" are any country's.
          const bare = name.replace(/ \(.*\)$/, '');
          if (bare === 'Official Gazette' || bare === 'Treaty Series') {
            expect(ids(`See ${bare} ${y}${gap}${n}.`)).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads two members joined by "/" as one motion with both names', () => {
    const name = fc.constantFrom('Omtzigt', 'Van Weyenberg', 'Bikker', 'De Jong', 'Dijk-Faber');
    fc.assert(
      fc.property(name, name, fc.constantFrom('/', ' / '), fc.boolean(), (a, b, slash, cs) => {
        fc.pre(a !== b);
        const text = `motie-${a}${slash}${b}${cs ? ' c.s.' : ''}`;
        const slug = `${a} ${b}`
          .toLowerCase()
          .replace(/[^a-z]+/g, '-')
          .replace(/-$/, '');
        expect(detect(`De ${text} werd aangenomen.`)).toEqual([
          expect.objectContaining({ text, id: `motie-${slug}` }),
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
