import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the eighth held-out kinds (see forms-heldout-8.test.ts): each reads back
// to its ids, and its look-alikes stay unmarked.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

const dossier = fc.integer({ min: 20_000, max: 39_999 });
const roman = fc.constantFrom('III', 'VI', 'VII', 'XIII', 'XVI');
const letters = fc.constantFrom('A', 'B', 'D', 'F', 'G', 'K', 'N', 'AB', 'AC');

function spaced(d: number, how: number): string {
  const s = String(d);
  return [s, `${s.slice(0, 2)} ${s.slice(2)}`, `${s.slice(0, 2)}.${s.slice(2)}`][how] ?? s;
}

describe('eighth held-out kinds, generated', { timeout: 60_000 }, () => {
  it('reads a bill compound before its number', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(
          'initiatiefvoorstel van wet',
          'Initiatiefvoorstel',
          'initiatiefwet',
          'initiatief-wetsvoorstel',
          'initiatiefwetsvoorstel',
        ),
        (d, how, word) => {
          expect(ids(`Over het ${word} ${spaced(d, how)}, ingediend door`)).toEqual([
            `dossier-${d}`,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a budget chapter after "voor het jaar", with or without spaces inside', () => {
    fc.assert(
      fc.property(
        dossier,
        roman,
        fc.integer({ min: 2000, max: 2030 }),
        fc.constantFrom('', ' '),
        fc.constantFrom('.', ';', '', '\n'),
        (d, r, year, space, end) => {
          const text = `Defensie (${r}) voor het jaar ${year} (${space}${d}-${r}${space})${end}`;
          expect(ids(text)).toEqual([`dossier-${d}-${r}`]);
          // A bare number there is an amount.
          expect(ids(`Kosten voor het jaar ${year} (${space}${d}${space})${end}`)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads an amendment by dossier and number, and no dash form without the word', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('-', '\u2013', ' - ', ' \u2013 '),
        fc.constantFrom(
          '(amendement ',
          'het amendement-Omtzigt (',
          'het amendement van het lid Kops (',
        ),
        (d, n, dash, lead) => {
          expect(ids(`${lead}${d}${dash}${n}) is aangenomen`)).toEqual([`kst-${d}-${n}`]);
          expect(ids(`de uitslag (${d}${dash}${n}) is bekend`)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads an Eerste Kamer letter on the dossier line and in eerstekamer.nl lists', () => {
    fc.assert(
      fc.property(
        dossier,
        letters,
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('BRIEF VAN DE MINISTER', 'MEMORIE VAN ANTWOORD', 'VOORLOPIG VERSLAG'),
        fc.constantFrom(
          'Motie-Van Hattem c.s. over',
          'Brief van de minister',
          'Nota naar aanleiding',
        ),
        (d, l, how, caps, title) => {
          expect(ids(`${spaced(d, how)} ${l} ${caps}`)).toEqual([`kst-${d}-${l}`]);
          const listed = ids(`${spaced(d, how)}, ${l}\n\n${title} iets`);
          expect(listed.filter((id) => id.startsWith('kst-'))).toEqual([`kst-${d}-${l}`]);
          // The same line in sentence case, or prose below the list form, is no letterhead.
          expect(ids(`${spaced(d, how)} ${l} Brief van de minister`)).toEqual([]);
          expect(ids(`${spaced(d, how)}, ${l}\n\nDe uitslag volgt.`)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
