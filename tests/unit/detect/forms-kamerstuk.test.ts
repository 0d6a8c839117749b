import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Issue 12, kinds of fault 1–6: every way Kamerstukken are cited. Each example of the issue is a
// case here, next to further real-world-shaped ones (tweedekamer.nl, eerstekamer.nl,
// officielebekendmakingen, the Leidraad voor juridische auteurs).

/** The ids found in `text`, in order. */
function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('Eerste Kamer letters (kind 1)', () => {
  it.each([
    ['Kamerstukken I 2022/23, 36 101, nr. D', 'kst-36101-D'],
    ['Kamerstukken EK, 2019-2020, 35 300, AB', 'kst-35300-AB'],
    ['zie 36101 nr. F', 'kst-36101-F'],
    ['Kamerstukken I 2022/23, 36 101, D', 'kst-36101-D'],
    ['Kamerstukken I 2021/22, 35 925, nr. E', 'kst-35925-E'],
    ['Eerste Kamer, vergaderjaar 2020–2021, 35 570 VI, letter B', 'kst-35570-VI-B'],
    ['Kamerstukken Eerste Kamer 2023/24, 36 334, nr. C', 'kst-36334-C'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    ['Kamerstukken I 2021/22, 36 228, A en B', ['A', 'B']],
    ['Kamerstukken I 2021/22, 36 228, C t/m E', ['C', 'D', 'E']],
    ['Kamerstukken I 2021/22, 36 228, nrs. D t/m F', ['D', 'E', 'F']],
    ['Kamerstukken I 2022/23, 36 228, A, B en C', ['A', 'B', 'C']],
    ['Kamerstukken EK 2019/20, 36 228, B–D', ['B', 'C', 'D']],
    ['Kamerstukken I 2019/20, 36 228, letters B tot en met D', ['B', 'C', 'D']],
    ['Kamerstukken I 2019/20, 36 228, nr. D en E', ['D', 'E']],
    ['Parliamentary Papers I 2019/20, 36 228, A and B', ['A', 'B']],
    ['Kamerstukken I 2019/20, 36 228, Y t/m AB', ['Y', 'Z', 'AA', 'AB']],
    ['Kamerstukken I 2019/20, 36 228, A, C t/m E en G', ['A', 'C', 'D', 'E', 'G']],
    ['Kamerstukken I 2004/05, 36 228 e.a., D en E', ['D', 'E']],
    ['zie 36 228, nrs. D-F', ['D', 'E', 'F']],
    ['(36 228, A en B)', ['A', 'B']],
    ['(36 228, C t/m E)', ['C', 'D', 'E']],
  ])('gives every letter of a list or range: %s', (text, letters) => {
    expect(ids(`${text}.`)).toEqual(letters.map((l) => `kst-36228-${l}`));
  });

  it("spans letters as numbers: a range's inner letters share its span", () => {
    expect(found('Kamerstukken I 2021/22, 36 228, C t/m E en G.')).toEqual([
      ['Kamerstukken I 2021/22, 36 228, C', 'kst-36228-C'],
      ['C t/m E', 'kst-36228-D'],
      ['E', 'kst-36228-E'],
      ['G', 'kst-36228-G'],
    ]);
  });

  it('keeps the suffix for every letter of a list', () => {
    expect(ids('Kamerstukken I 2019/20, 35 300 VI, A en B')).toEqual([
      'kst-35300-VI-A',
      'kst-35300-VI-B',
    ]);
  });

  it.each([
    ['an abbreviation after "en"', 'Kamerstukken I 2021/22, 36 228, A en EU-landen', ['A']],
    ['a word after the letter', 'Kamerstukken I 2021/22, 36 228, nr. D en E-mail', ['D']],
    ['a party', 'Kamerstukken I 2021/22, 36 228, B en CDA', ['B']],
    ['a range backwards', 'Kamerstukken I 2021/22, 36 228, E t/m C', ['E']],
    ['a range too long', 'Kamerstukken I 2021/22, 36 228, A t/m CDA', ['A']],
    ['a list item out of order', 'Kamerstukken I 2021/22, 36 228, C en A', ['C']],
  ])('reads no letter list into %s', (_, text, letters) => {
    expect(ids(text)).toEqual(letters.map((l) => `kst-36228-${l}`));
  });

  it('reads no parenthesised list it cannot read to its end', () => {
    expect(ids('(36 228, A en EU)')).toEqual([]);
    expect(ids('(36 228, A en 12)')).toEqual([]);
  });

  it('bounds a range to the 26 letters of one run', () => {
    expect(ids('Kamerstukken I 2021/22, 36 228, A t/m Z')).toHaveLength(26);
    expect(ids('Kamerstukken I 2021/22, 36 228, A t/m AA')).toEqual(['kst-36228-A']);
  });

  it('reads a letter after "letter" in a motion', () => {
    const all = detect('de motie-Van Dijk over het Europees beleid (36 200-VI, letter K)');
    // The letter is the motion's: one mark, from the motion to the parenthesis (motion-numbers.ts).
    expect(all).toMatchObject([
      {
        text: 'motie-Van Dijk over het Europees beleid (36 200-VI, letter K)',
        id: 'kst-36200-VI-K',
      },
    ]);
  });

  it.each([
    ['36 101 Wijziging van de Wet op de inlichtingen\n\nD MEMORIE VAN ANTWOORD', 'kst-36101-D'],
    [
      'Eerste Kamer der Staten-Generaal\nVergaderjaar 2022–2023\n36 101\nWijziging van de Wet\n\nE\nNADERE MEMORIE VAN ANTWOORD',
      'kst-36101-E',
    ],
  ])('reads an Eerste Kamer letterhead: %j', (text, id) => {
    const all = detect(text);
    expect(all.map((d) => d.id)).toEqual([id]);
    expect(all[0]?.text.startsWith('36 101')).toBe(true);
  });
});

describe('ranges and lists (kind 2)', () => {
  it('gives every number of a range; numbers not written out share the range', () => {
    const text = 'Kamerstukken II 2019/20, 35 300, nrs. 20–23.';
    expect(found(text)).toEqual([
      ['Kamerstukken II 2019/20, 35 300, nrs. 20', 'kst-35300-20'],
      ['20–23', 'kst-35300-21'],
      ['20–23', 'kst-35300-22'],
      ['23', 'kst-35300-23'],
    ]);
  });

  it.each([
    ['Kamerstuk 35 300, nrs. 5 t/m 7', ['5', '6', '7']],
    ['Kamerstuk 35 300, nrs. 112 tot en met 114', ['112', '113', '114']],
    ['Kamerstuk 35 300, nrs. 5 - 7', ['5', '6', '7']],
    ['Kamerstukken II 2019/20, 35 300, nrs. 3, 5 en 7', ['3', '5', '7']],
    ['Kamerstukken II 2019/20, 35 300, nrs. 3 en 10 t/m 12', ['3', '10', '11', '12']],
    ['Kamerstukken II 2019/20, 35 300, nr. 4, p. 3; nr. 9, p. 2', ['4', '9']],
    ['Kamerstukken II 2019/20, 35 300, nr. 4, p. 12 en 13, en nr. 8', ['4', '8']],
    ['35 300, nr. 4, blz. 5-7 en nr. 9', ['4', '9']],
  ])('%s', (text, nrs) => {
    expect(ids(text)).toEqual(nrs.map((n) => `kst-35300-${n}`));
  });

  it('keeps the suffix for every number of a list', () => {
    expect(ids('Kamerstukken II 2008/09, 31 700 VI, nrs. 45 en 47')).toEqual([
      'kst-31700-VI-45',
      'kst-31700-VI-47',
    ]);
  });

  it('does not read a page range or a long span as documents', () => {
    expect(ids('Kamerstuk 35 300, nr. 4, pp. 12-14')).toEqual(['kst-35300-4']);
    expect(ids('Kamerstuk 35 300, nrs. 1–500')).toEqual(['kst-35300-1']);
  });
});

describe('dossier suffixes written otherwise (kind 3)', () => {
  it.each([
    ['36 200–VII, nr. 4', 'kst-36200-VII-4'],
    ['35 000-IIA, nr 3', 'kst-35000-IIA-3'],
    ['Kamerstuk 35000.VII, 14', 'kst-35000-VII-14'],
    ['35 000 hoofdstuk VII, nr. 9', 'kst-35000-VII-9'],
    ['35-000 VII nr 2', 'kst-35000-VII-2'],
    ['Kamerstuk TK 35.000VII, 11', 'kst-35000-VII-11'],
    ['Kamerstukken II 2019/20, 35 300 VI, nr. 7', 'kst-35300-VI-7'],
    ['Kamerstukken II 2022/23, 36 200 IXB, nr. 2', 'kst-36200-IXB-2'],
    ['Kamerstuk 21 501–33, nr. 1012', 'kst-21501-33-1012'],
    ['Kamerstuk 36200-VI-12', 'kst-36200-VI-12'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('chamber and number words (kind 4)', () => {
  it.each([
    ['TK 2019-2020, 35300, nummer 7', 'kst-35300-7'],
    ['Kamerstukken Tweede Kamer 2019/20, 35 300, nr. 7', 'kst-35300-7'],
    ['Kamerstukken 2, 2019-2020, 35300, 7', 'kst-35300-7'],
    ['Tweede Kamer 2019-2020, 35300, 7', 'kst-35300-7'],
    ['Kamerstukken II, 35 300 7', 'kst-35300-7'],
    ['Parliamentary Papers II 2022/23, 36 200 VI, no. 3', 'kst-36200-VI-3'],
    ['Parliamentary Documents II 2019/20, 35 300, No. 7', 'kst-35300-7'],
    ['Tweede Kamer der Staten-Generaal, vergaderjaar 2019–2020, 35 300, nr. 7', 'kst-35300-7'],
    ['Kamerstukken TK 2019/20, 35 300, nr. 7', 'kst-35300-7'],
    ['Kst. II 2019/20, 35 300, nr. 7', 'kst-35300-7'],
    ['Kamerst. II 2019/20, 35 300, nr. 7', 'kst-35300-7'],
    ['Kst II 2019/20, 35300-VI-3', 'kst-35300-VI-3'],
    ['Kst I 2019/20, 35 300, B', 'kst-35300-B'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('takes no bare number that is a date, decimal or fraction', () => {
    expect(ids('Kamerstukken 35 300, 7 juni')).toEqual(['dossier-35300']);
    expect(ids('Tweede Kamer 2019-2020, 35300, 7,5 miljoen')).toEqual([]);
    expect(ids('de Tweede Kamer nam 12 moties aan')).toEqual([]);
    // "Kst" without its dot needs a chamber after it.
    expect(ids('de kst 35300-VI-3')).toEqual([]);
    expect(ids('Kst 2019, 35300')).toEqual([]);
  });
});

describe('numbers without the word Kamerstuk (kind 5)', () => {
  it('reads the dossier in parentheses after the number (Handelingen)', () => {
    expect(found('Zij krijgt nr. 12 (36200-VI).')).toEqual([
      ['nr. 12 (36200-VI)', 'kst-36200-VI-12'],
    ]);
  });

  it('gives each motion number in a list', () => {
    expect(found('Ik verzoek de moties 36200-VI-12 en 36200-VI-14 aan te houden.')).toEqual([
      ['moties 36200-VI-12', 'kst-36200-VI-12'],
      ['36200-VI-14', 'kst-36200-VI-14'],
    ]);
  });

  it.each([
    ['motie van het lid De Vries c.s. (36200-VI-12)', 'kst-36200-VI-12'],
    ['motie-Van Raan c.s. (26643-885)', 'kst-26643-885'],
    ['motie van de leden Kathmann en Six Dijkstra (32317-999)', 'kst-32317-999'],
  ])('one mark for a motion with its number: %s', (text, id) => {
    expect(found(`De ${text} is aangenomen.`)).toEqual([[text, id]]);
  });
});

describe('letterheads by shape (kind 6)', () => {
  it('reads a letterhead of a dossier the data does not know', () => {
    const text =
      '36 281 Wijziging van de Wet op het financieel toezicht\n\nNr. 12 NOTA NAAR AANLEIDING VAN HET VERSLAG';
    expect(ids(text)).toEqual(['kst-36281-12']);
  });

  it('gives a letterhead that names two dossiers the first', () => {
    const text =
      '36 200 VI Vaststelling van de begrotingsstaten\n\n36 100 Voorjaarsnota\n\nNr. 31 MOTIE VAN HET LID DE VRIES';
    expect(ids(text)).toEqual(['kst-36200-VI-31']);
  });

  it('needs the shape: number at a line start, a kind in capitals, titles between', () => {
    expect(ids('10 000 bezoekers\nNr. 5 in de lijst')).toEqual([]);
    expect(ids('36 281 was het totaal. Dat is veel.\nNr. 12 BRIEF')).toEqual([]);
    expect(ids('36 281 Wijziging\nen dan Nr. 12 NOTA')).toEqual([]);
  });
});
