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

describe('lists of papers in the hyphen form (W3)', () => {
  it.each([
    ['Kamerstukken 36410-6 en 36410-7', ['kst-36410-6', 'kst-36410-7']],
    ['Kamerstuk 36410-6, 36410-7 en 36410-8', ['kst-36410-6', 'kst-36410-7', 'kst-36410-8']],
    ['Kamerstukken 36600-VII-12 en 36600-VII-13', ['kst-36600-VII-12', 'kst-36600-VII-13']],
    ['Kamerstuk 34722-1', ['kst-34722-1']],
  ])('%s', (text, expected) => {
    expect(ids(`Zie ${text} hier.`)).toEqual(expected);
  });

  it('keeps one paper filed in two sub-dossiers and plain dossier lists', () => {
    expect(ids('Kamerstukken 21 501-20 en 21 501-33, nr. 5')).toEqual(['kst-21501-20-5']);
    expect(ids('Kamerstukken 34 843 en 26 643')).toEqual(['dossier-34843', 'dossier-26643']);
    // Spaced as on their letterheads: sub-dossiers, not papers.
    expect(ids('Kamerstukken 21 501-33 en 21 501-20')).toEqual([
      'dossier-21501-33',
      'dossier-21501-20',
    ]);
  });

  it('gives each generated item its own id', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 30_000, max: 39_999 }),
        (nrs, dossier) => {
          const items = nrs.map((n) => `${dossier}-${n}`);
          const text = `Kamerstukken ${items.slice(0, -1).join(', ')} en ${items.at(-1)} hier.`;
          expect(ids(text)).toEqual(nrs.map((n) => `kst-${dossier}-${n}`));
        },
      ),
    );
  });
});

describe('a vergaderjaar after an act word is no EU act (L1)', () => {
  it('leaves "de verordening 2023/24 van de gemeente" unmarked', () => {
    expect(ids('de verordening 2023/24 van de gemeente')).toEqual([]);
    expect(ids('de richtlijn 2019/20 van het college')).toEqual([]);
  });

  it.each([
    ['Verordening (EU) 2023/24', 'celex-32023R0024'],
    ['Europese verordening 2023/24', 'celex-32023R0024'],
    ['Regulation 2019/20', 'celex-32019R0020'],
    ['Verordening 2016/679', 'celex-32016R0679'],
  ])('keeps %s', (text, id) => {
    expect(ids(`Zie ${text} hier.`)).toEqual([id]);
  });
});

describe('lists after a singular number word, "tot" ranges, "idem" (M1)', () => {
  it.each([
    ['Kamerstukken II 2023/24, 36 410, nr. 6, 7 en 9', ['6', '7', '9']],
    ['Kamerstukken II 2023/24, 36 410, nrs. 6 tot 8', ['6', '7', '8']],
    ['Kamerstukken II 2023/24, 36 410, nr. 7; idem, nr. 8', ['7', '8']],
  ])('%s', (text, nrs) => {
    expect(ids(`Zie ${text} hier.`)).toEqual(nrs.map((n) => `kst-36410-${n}`));
  });

  it('reads no list or range into a date or a page', () => {
    expect(ids('Kamerstukken II 2023/24, 36 410, nr. 6, p. 7 en 9')).toEqual(['kst-36410-6']);
    expect(ids('Kamerstuk 36 410, nr. 6, 7 juni')).toEqual(['kst-36410-6']);
  });
});
