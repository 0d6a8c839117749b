import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Kinds of fault found by a held-out set of real-world citations (issue 12, November 2026), part
// two: forms without a keyword (";"-lists, bills' numbers after their titles) and more spellings
// of the kinds of forms-heldout.test.ts.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('bare document numbers in ";"-lists of the Handelingen (C)', () => {
  it.each([
    [
      'zijn goedgekeurd: \n\n34722-1; 33997-95;',
      [
        ['34722-1', 'kst-34722-1'],
        ['33997-95', 'kst-33997-95'],
      ],
    ],
    [
      'af te voeren: \n\n2017Z09721; 21501-08-692; 21501-08-693; 25087-170;',
      [
        ['21501-08-692', 'kst-21501-08-692'],
        ['21501-08-693', 'kst-21501-08-693'],
        ['25087-170', 'kst-25087-170'],
      ],
    ],
    [
      'af te voeren: 2024Z01234; 36200-VI-12; 31015-A-3',
      [
        ['36200-VI-12', 'kst-36200-VI-12'],
        ['31015-A-3', 'kst-31015-A-3'],
      ],
    ],
    [
      'Goedgekeurd:\n34722-1;\n33997-95;\n35300-XV-4.',
      [
        ['34722-1', 'kst-34722-1'],
        ['33997-95', 'kst-33997-95'],
        ['35300-XV-4', 'kst-35300-XV-4'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads a ";"-list after "moties" as motions', () => {
    expect(found('de moties 21501-08-692; 21501-08-693 en 25087-170 zijn verworpen')).toEqual([
      ['moties 21501-08-692', 'kst-21501-08-692'],
      ['21501-08-693', 'kst-21501-08-693'],
      ['25087-170', 'kst-25087-170'],
    ]);
  });

  it.each([
    ['one number alone', 'zie 34722-1; daarna het verslag'],
    ['amounts and ranges', 'Bedragen: 30000-40000; 12000-1500;'],
    ['phone numbers', 'Bel 070-3707000; 06-12345678; 020-1234567;'],
    ['ISBNs', 'ISBN 978-90-12-34567-8; 978-90-12-34567-9;'],
    ['zaak numbers', 'af te voeren: 2017Z09721; 2017Z09722;'],
    ['numbers inside prose', 'in 2019 waren het 34722-1 stemmen; 33997-95 daarna; klaar'],
    ['dossier out of range', 'codes: 45000-12; 47000-13;'],
  ])('leaves %s unmarked', (_, text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe('a bill’s dossier number after its title (F)', () => {
  it.each([
    [
      'het wetsvoorstel Wijziging van de Tracéwet, Spoedwet wegverbreding en de Wet ruimtelijke ordening met het oog op de verbetering van de beroepsprocedure (31546).',
      '31546',
      'dossier-31546',
    ],
    [
      'het wetsvoorstel Wijziging van de Boeken 6 en 7 van het Burgerlijk Wetboek, in verband met verduidelijking van het toepassingsbereik van de koopregels van titel 7.1 BW (34071);',
      '34071',
      'dossier-34071',
    ],
    ['Wet implementatie richtlijn markten in cryptoactiva (36.101)', '36.101', 'dossier-36101'],
    ['Voorstel van wet tot wijziging van de Awb (35 256) is aangenomen', '35 256', 'dossier-35256'],
    [
      'de begroting van Justitie en Veiligheid voor 2023 (36200-VI).',
      '36200-VI',
      'dossier-36200-VI',
    ],
    ['Goedkeuring van het verdrag met Japan (36012)', '36012', 'dossier-36012'],
    ['het wetsvoorstel o.a. over nr. 1 van de Wet (31546).', '31546', 'dossier-31546'],
    ['Aanhangig 36056', 'Aanhangig 36056', 'dossier-36056'],
    ['het wetsvoorstel 36.056 is aangenomen', 'wetsvoorstel 36.056', 'dossier-36056'],
    ['initiatiefwetsvoorstel 35 300', 'initiatiefwetsvoorstel 35 300', 'dossier-35300'],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it.each([
    ['an amount after a project', 'De kosten van het project (25000) zijn hoog.'],
    ['an amount with a dot after a regeling', 'De regeling kost (25.000).'],
    ['a number after a regeling in a sentence', 'De regeling (25000) is duur.'],
    ['a year', 'de Wet op de inlichtingendiensten (2017).'],
    ['a document number', 'de wet (32317-89).'],
    ['a number out of range', 'het wetsvoorstel (45000).'],
    ['a number glued to a word', 'het wetsvoorstel nr(31546).'],
    ['a law word in the previous sentence', 'Het wetsvoorstel is klaar. Wij telden (25000).'],
    ['a law word in the previous list item', 'Het wetsvoorstel is klaar; wij telden (25000).'],
    ['an amount after wetsvoorstel', 'het wetsvoorstel 10.000 euro en wetsvoorstel 25 000 mensen'],
  ])('leaves %s unmarked', (_, text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe('more spellings of the same kinds', () => {
  it.each([
    ['Eerste Kamer der Staten-Generaal2016-201734700 B', 'kst-34700-B'],
    ['Eerste Kamer der Staten-Generaal2016–201734 700B', 'kst-34700-B'],
    ['Eerste Kamer der Staten-Generaal 2019–2020 35 300 VI A', 'kst-35300-VI-A'],
    ['Eerste Kamer der Staten-Generaal 2016-2017 34 700 AB', 'kst-34700-AB'],
    ['Kamerstukken II 2019/20 en 2020/21, 35 300, nr. 4', 'kst-35300-4'],
    ['Kamerstukken II 2019/20, 2020/21, 35 300, nr. 4', 'kst-35300-4'],
    ['Aanhangsel Handelingen II 2006/07, nummer 520', 'ah-tk-20062007-520'],
    ['Kaderbesluit 2008/913/JBZ3', 'celex-32008F0913'],
    ['Besluit nr. 1386/2013/EU4', 'celex-32013D1386'],
  ])('%s → %s', (text, id) => {
    expect(ids(`Zie ${text} hier.`)).toEqual([id]);
  });

  it('leaves the marker after an act’s ending out of the mark', () => {
    expect(found('Richtlijn 2011/93/EU12 geldt')).toEqual([
      ['Richtlijn 2011/93/EU', 'celex-32011L0093'],
    ]);
  });

  it('leaves an Eerste Kamer letterhead without paper unmarked', () => {
    expect(ids('Eerste Kamer der Staten-Generaal2016-201734700')).toEqual([]);
    expect(ids('Eerste Kamer der Staten-Generaal 2016-2017 34 700 MEMORIE')).toEqual([]);
  });
});

describe('a Handelingen with its item before a Kamerstuk reading', () => {
  it('reads "Tweede Kamer …, 35 300, nr. 31, item 8" as the Handelingen, the dossier its subject', () => {
    expect(ids('Tweede Kamer 2019-2020, 35 300, nr. 31, item 8')).toEqual(['h-tk-20192020-31-8']);
    expect(ids('Tweede Kamer 2019-2020, 35300, 7')).toEqual(['kst-35300-7']);
  });
});

describe('lists and ranges of Aanhangsel numbers (third held-out set)', () => {
  it.each([
    [
      'Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044.',
      ['ah-tk-20242025-1016', 'ah-tk-20242025-1044'],
    ],
    [
      'Aanhangsel Handelingen II 2023/24, nrs. 512, 514 en 520',
      ['ah-tk-20232024-512', 'ah-tk-20232024-514', 'ah-tk-20232024-520'],
    ],
    [
      'Aanhangsel Handelingen I 2019/20, nrs. 7 t/m 9',
      ['ah-ek-20192020-7', 'ah-ek-20192020-8', 'ah-ek-20192020-9'],
    ],
    ['Aanhangsel Handelingen II 2023/24, 512', ['ah-tk-20232024-512']],
    ['Aanhangsel der Handelingen, vergaderjaar 2006–2007, nr. 520', ['ah-tk-20062007-520']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('gives each written number its own span, the first from the opening word', () => {
    const text = 'Zie Aanhangsel Handelingen II 2024/25, nrs. 1016 en 1044.';
    expect(found(text)).toEqual([
      ['Aanhangsel Handelingen II 2024/25, nrs. 1016', 'ah-tk-20242025-1016'],
      ['1044', 'ah-tk-20242025-1044'],
    ]);
  });

  it('takes no page numbers or letters for Aanhangsel numbers', () => {
    expect(ids('Aanhangsel Handelingen II 2023/24, nr. 512, p. 3')).toEqual(['ah-tk-20232024-512']);
    expect(ids('Aanhangsel Handelingen II 2023/24, nr. E')).toEqual([]);
  });
});
