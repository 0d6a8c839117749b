import { describe, expect, it } from 'vitest';
import { detect, found, only } from './helpers';

describe('Kamerstukken with a keyword', () => {
  it.each([
    ['Kamerstuk 26 643, nr. 1011', 'kst-26643-1011'],
    ['Kamerstukken II 2021/22, 26 643, nr. 885', 'kst-26643-885'],
    ['Kamerstukken II, 2024-2025, 32 317, nr. 906', 'kst-32317-906'],
    ['Kamerstukken II, 2024-25, 32 317, nr. 906', 'kst-32317-906'],
    ['Kamerstukken II 2021/22, 22 112, nr. 3455', 'kst-22112-3455'],
    ['Kamerstukken II, 1997–1998, 25 443, nr. 5', 'kst-25443-5'],
    ['Kamerstukken II, vergaderjaar 2022–2023, 26 643, nr. 1011', 'kst-26643-1011'],
    ['Kamerstuk 32317-891', 'kst-32317-891'],
    ['kamerstukdossier 34843 -113', 'kst-34843-113'],
    ['Kamerstuk 26 643, nr.3', 'kst-26643-3'],
    ['TK 26 643, nr. 1043', 'kst-26643-1043'],
    ['Kamerstukken I 2023/24, 36 244, C', 'kst-36244-C'],
    ['dossier 34 843, nr. 113', 'kst-34843-113'],
    ['Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 906', 'kst-32317-906'],
  ])('%s → %s', (text, id) => {
    expect(only(`Zie ${text}.`)).toMatchObject({ text, kind: 'kamerstuk', id });
  });

  it('keeps the offsets of the citation in the sentence (UTF-16)', () => {
    const text = 'Brief (Kamerstuk 34 843, nr. 113) van 1 oktober';
    expect(detect(text)).toEqual([
      {
        start: 7,
        end: 32,
        text: 'Kamerstuk 34 843, nr. 113',
        kind: 'kamerstuk',
        id: 'kst-34843-113',
      },
    ]);
  });

  it('finds a citation joined from inline elements of one block', () => {
    // The DOM layer joins "Kamerstuk <a>34 843</a>, nr. 113" into one string.
    expect(found('Kamerstuk 34\u00a0843, nr. 113')).toEqual([
      ['Kamerstuk 34\u00a0843, nr. 113', 'kst-34843-113'],
    ]);
  });

  it('gives one detection per number in a list; the first spans from the keyword', () => {
    expect(found('Kamerstukken II 2021/22, 32 317, nrs. 854 en 852.')).toEqual([
      ['Kamerstukken II 2021/22, 32 317, nrs. 854', 'kst-32317-854'],
      ['852', 'kst-32317-852'],
    ]);
    expect(found('Kamerstuk 26 643, nrs. 1, 2 en 5')).toEqual([
      ['Kamerstuk 26 643, nrs. 1', 'kst-26643-1'],
      ['2', 'kst-26643-2'],
      ['5', 'kst-26643-5'],
    ]);
  });

  it('does not read a following count as part of a list', () => {
    expect(found('Kamerstuk 26 643, nrs. 854 en 852, 3 moties')).toEqual([
      ['Kamerstuk 26 643, nrs. 854', 'kst-26643-854'],
      ['852', 'kst-26643-852'],
    ]);
  });

  it('gives one document numbered in two dossiers the id of the first dossier', () => {
    expect(found('Kamerstukken 26 643 en 34 843, nr. 1069')).toEqual([
      ['Kamerstukken 26 643 en 34 843, nr. 1069', 'kst-26643-1069'],
    ]);
  });

  it.each([
    ['Kamerstukken II 2023/24, 36 600 VII, nr. 5', 'kst-36600-VII-5'],
    ['Kamerstuk 35 300-XV, nr. 3', 'kst-35300-XV-3'],
    ['Kamerstuk 35300-A, nr. 2', 'kst-35300-A-2'],
    ['Kamerstukken II 2022/23, 21 501-33, nr. 1012', 'kst-21501-33-1012'],
    ['Kamerstuk 36 200 VI, nr. 5', 'kst-36200-VI-5'],
  ])('keeps the dossier suffix: %s → %s', (text, id) => {
    expect(only(text)).toMatchObject({ text, id });
  });
});

describe('Kamerstukken without a keyword', () => {
  it.each([
    ['(26643, nr. 907)', '26643, nr. 907', 'kst-26643-907'],
    ['zie 36 600 VII, nr. 5', '36 600 VII, nr. 5', 'kst-36600-VII-5'],
    ['(32.317, OU)', '32.317, OU', 'kst-32317-OU'],
    ['Eerste Kamer (36.244, C)', '36.244, C', 'kst-36244-C'],
  ])('%s', (text, span, id) => {
    expect(only(text)).toMatchObject({ text: span, kind: 'kamerstuk', id });
  });

  it('repairs dossier numbers split by PDF extraction in a citation', () => {
    expect(found('4 Kamerstukken II, 2025-2026, 323 17, nr. 972.')).toEqual([
      ['Kamerstukken II, 2025-2026, 323 17, nr. 972', 'kst-32317-972'],
    ]);
    expect(found('2 Kamerstukken II, 2021-2022, 221 12, nr. 3455.')).toEqual([
      ['Kamerstukken II, 2021-2022, 221 12, nr. 3455', 'kst-22112-3455'],
    ]);
    expect(found('zie 323 17, nr. 972')).toEqual([['323 17, nr. 972', 'kst-32317-972']]);
  });

  it('does not repair a split number outside a citation', () => {
    expect(detect('Kamerstukken 323 17')).toEqual([]);
    expect(detect('er waren 323 17 keer')).toEqual([]);
  });

  it('does not take a number run with a digit before it as a dossier', () => {
    expect(detect('3 266 43, nr. 908')).toEqual([]);
  });
});

describe('letterheads', () => {
  it.each([
    ['32 317 JBZ-Raad Nr. 986', 'kst-32317-986'],
    ['26 643 Informatie- en communicatietechnologie (ICT) Nr. 1043', 'kst-26643-1043'],
    [
      '22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie Nr. 3455',
      'kst-22112-3455',
    ],
    ['34 843\nSeksuele intimidatie en geweld\nNr. 114', 'kst-34843-114'],
    ['**34 843**\n\n**Seksuele intimidatie en geweld**\n\n**Nr. 114**', 'kst-34843-114'],
  ])('%s', (text, id) => {
    const d = only(text);
    expect(d).toMatchObject({ start: text.search(/\d/), kind: 'kamerstuk', id });
    expect(d.text.endsWith(id.split('-').pop() ?? '')).toBe(true);
  });

  it('replaces a glossary term inside the letterhead', () => {
    expect(found('32 317 JBZ-Raad Nr. 986 en de JBZ-Raad')).toEqual([
      ['32 317 JBZ-Raad Nr. 986', 'kst-32317-986'],
      ['JBZ-Raad', 'term-jbz-raad'],
    ]);
  });

  it('needs the title of that dossier', () => {
    expect(found('26 643 JBZ-Raad Nr. 986')).toEqual([['JBZ-Raad', 'term-jbz-raad']]);
    expect(detect('32 317 Onbekende titel Nr. 986')).toEqual([]);
  });
});

describe('whole dossiers', () => {
  it.each([
    ['Kamerstukken 31945', 'dossier-31945'],
    ['dossier 34 843', 'dossier-34843'],
    ['Kamerstukken II 2021/22, 26 643', 'dossier-26643'],
    ['kamerstukdossier 34843', 'dossier-34843'],
    ['Kamerstukken 21 501-33', 'dossier-21501-33'],
    ['dossier 36 600 VII', 'dossier-36600-VII'],
  ])('%s → %s', (text, id) => {
    expect(only(`In ${text} staat het.`)).toMatchObject({ text, kind: 'dossier', id });
  });

  it('gives two dossiers without a number two detections', () => {
    expect(found('Kamerstukken 26 643 en 34 843.')).toEqual([
      ['Kamerstukken 26 643', 'dossier-26643'],
      ['34 843', 'dossier-34843'],
    ]);
  });

  it('reads a short hyphen number after the singular Kamerstuk as the document', () => {
    expect(found('Kamerstuk 32317-89')).toEqual([['Kamerstuk 32317-89', 'kst-32317-89']]);
  });
});
