import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Faults a fresh user found (issue 12): wrong ids and misses, each fixed as a kind (CONTRACT §2).

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('lettered document numbers get no id (W4)', () => {
  it.each([
    'Kamerstukken I 1990/91, 21 427, nr. 147a',
    'Kamerstukken II 2008/09, 31 700 VI, nr. 5a',
    'Kamerstuk 21 427, nr. 147a',
    'Kamerstukken II 2008/09, 31 700 VI, nr. 5a t/m 7',
  ])('%s → nothing', (text) => {
    expect(ids(`Zie ${text} hier.`)).toEqual([]);
  });

  it('keeps the unlettered numbers of a list', () => {
    expect(found('Kamerstukken II 2008/09, 31 700 VI, nrs. 2a en 3')).toEqual([
      ['3', 'kst-31700-VI-3'],
    ]);
    expect(ids('Kamerstukken II 2008/09, 31 700 VI, nrs. 2 en 3a')).toEqual(['kst-31700-VI-2']);
  });

  it('still reads an Eerste Kamer letter and a plain number', () => {
    expect(ids('Kamerstukken I 1990/91, 21 427, nr. A')).toEqual(['kst-21427-A']);
    expect(ids('Kamerstukken I 1990/91, 21 427, nr. 147.')).toEqual(['kst-21427-147']);
  });

  it('never drops the letter of any lettered number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 39_999 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('a', 'b', 'c'),
        (dossier, nr, letter) => {
          const text = `Kamerstukken II 2008/09, ${dossier}, nr. ${nr}${letter} hier.`;
          expect(ids(text)).toEqual([]);
        },
      ),
    );
  });
});

describe('hyphen look-alikes are hyphens (W5)', () => {
  const dashes = ['\u2010', '\u2011', '\u2012', '\u2212'];

  it.each(dashes)('U+%s between dossier and suffix', (dash) => {
    const text = `Zie Kamerstuk 21 501${dash}33, nr. 1012 en Kamerstuk 36 200${dash}VI, nr. 5.`;
    const all = detect(text);
    expect(all.map((d) => d.id)).toEqual(['kst-21501-33-1012', 'kst-36200-VI-5']);
    // Offsets point into the original text.
    for (const d of all) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(all[0]?.text).toBe(`Kamerstuk 21 501${dash}33, nr. 1012`);
  });

  it('reads any look-alike where a hyphen is read', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dashes),
        fc.integer({ min: 10_000, max: 39_999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 2999 }),
        (dash, dossier, sub, nr) => {
          const text = `Kamerstuk ${dossier}${dash}${sub}, nr. ${nr}`;
          expect(ids(text)).toEqual([`kst-${dossier}-${sub}-${nr}`]);
        },
      ),
    );
  });
});

describe('a dot before a numeric sub-dossier (W6)', () => {
  it('reads "21501.02, nr. 2950"', () => {
    expect(ids('Kamerstukken II 2024/25, 21501.02, nr. 2950')).toEqual(['kst-21501-02-2950']);
  });

  it('keeps amounts unmarked', () => {
    expect(ids('een bedrag van 21.501,02 en € 21.501 en 21501.02 euro')).toEqual([]);
  });
});

describe('an Eerste Kamer letter after any chamber (W7)', () => {
  it.each([
    ['Kamerstukken II 2007/08, 30 881, B', 'kst-30881-B'],
    ['Kamerstukken I 2007/08, 30 881, B', 'kst-30881-B'],
    ['Kamerstukken TK 2007/08, 30 881, C', 'kst-30881-C'],
  ])('%s → %s', (text, id) => {
    expect(ids(`Zie ${text} hier.`)).toEqual([id]);
  });
});
