import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Kinds of fault found by a fourth round of held-out measurements (issue 12, December 2026):
// each kind with spellings of its own, written from the forms EUR-Lex, officielebekendmakingen
// and the Eerste Kamer use, and what must stay unmarked. The held-out texts are not copied.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('EU act numbers after an act word without "(EU)" or "nr." (1)', () => {
  it.each([
    [
      'op grond van de Verordeningen 1407/2013 en 1408/2013 (de-minimis)',
      [
        ['Verordeningen 1407/2013', 'celex-32013R1407'],
        ['1408/2013', 'celex-32013R1408'],
      ],
    ],
    [
      'ter uitvoering van verordening 883/2004 betreffende',
      [['verordening 883/2004', 'celex-32004R0883']],
    ],
    ['de oude verordening 1408/71 gold', [['verordening 1408/71', 'celex-31971R1408']]],
    [
      'toepassing van EG-verordeningen 44/2001 en 2201/2003',
      [
        ['EG-verordeningen 44/2001', 'celex-32001R0044'],
        ['2201/2003', 'celex-32003R2201'],
      ],
    ],
    [
      'De Raadsverordening (EG) 2201/2003 (Brussel II-bis)',
      [['Raadsverordening (EG) 2201/2003', 'celex-32003R2201']],
    ],
    [
      'zie Commissieverordening (EG) nr. 1126/2008 over IFRS',
      [['Commissieverordening (EG) nr. 1126/2008', 'celex-32008R1126']],
    ],
    [
      'Uitvoeringsverordening 2019/947 over drones',
      [['Uitvoeringsverordening 2019/947', 'celex-32019R0947']],
    ],
    ['de Raadsrichtlijn 2004/113/EG inzake', [['Raadsrichtlijn 2004/113/EG', 'celex-32004L0113']]],
    [
      'de Kaderrichtlijn water 2000/60/EG en de Kaderrichtlijn 2008/56/EG',
      [
        ['2000/60/EG', 'celex-32000L0060'],
        ['Kaderrichtlijn 2008/56/EG', 'celex-32008L0056'],
      ],
    ],
    ['de EG-richtlijn 95/46 over persoonsgegevens', [['EG-richtlijn 95/46', 'celex-31995L0046']]],
    ['het Raadsbesluit 2008/615/JBZ (Prüm)', [['Raadsbesluit 2008/615/JBZ', 'celex-32008D0615']]],
    // A regulation's number/year form with "(EG)" and a number that looks like a year.
    [
      'Verordening (EG) 2006/2004 betreffende consumentenbescherming',
      [['Verordening (EG) 2006/2004', 'celex-32004R2006']],
    ],
    // "nr." before a number of the yearly sequence since 2015.
    [
      'Verordening (EU) nr. 2019/1150 (platforms)',
      [['Verordening (EU) nr. 2019/1150', 'celex-32019R1150']],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads an English list of regulations after "Nos" and the decision after it', () => {
    expect(
      ids(
        'amending Regulations (EU) Nos 1296/2013, 1301/2013, 1303/2013, 1304/2013, 1309/2013, ' +
          '1316/2013, 223/2014, 283/2014 and 652/2014 and Decision No 541/2014/EU',
      ),
    ).toEqual([
      'celex-32013R1296',
      'celex-32013R1301',
      'celex-32013R1303',
      'celex-32013R1304',
      'celex-32013R1309',
      'celex-32013R1316',
      'celex-32014R0223',
      'celex-32014R0283',
      'celex-32014R0652',
      'celex-32014D0541',
    ]);
  });

  it('leaves numbers that are no act unmarked', () => {
    for (const text of [
      'M&M 2003/1 en NJ 2012/77 en JBPr 2018/19',
      'zaaknummer 21/6676 en zaak C-303/05',
      'procedure 2016/0282(COD) en PB L 87',
      'op 1/2/2003 met een score van 3/4',
    ]) {
      expect(ids(text)).toEqual([]);
    }
    // After an act word: a procedure, a date or a case in its list is not an act.
    expect(ids('Verordening 1303/2013 en 2016/0282(COD)')).toEqual(['celex-32013R1303']);
    expect(ids('Verordening 1/2003 en 1/2/2003')).toEqual(['celex-32003R0001']);
    expect(ids('verordening 1303/2013 en 21/6676')).toEqual(['celex-32013R1303']);
    // A regulation number/year since 2015 does not exist. Year/number before 2015 neither, but
    // where the second part cannot be a year it is the old number with its parts swapped
    // (forms-heldout-6.test.ts): "2013/1303" is regulation 1303/2013.
    expect(ids('Verordening 2/2019 en verordening 2013/1303')).toEqual(['celex-32013R1303']);
    expect(ids('Verordening 2/2019 en verordening 2013/13')).toEqual([]);
    // A short name in parentheses is no procedure type.
    expect(ids('Verordening (EU) 2016/679 (AVG)')).toEqual(['celex-32016R0679']);
  });
});

describe('Tractatenblad and Staatsblad lists with the year repeated (2)', () => {
  it.each([
    ['(Trb. 1998, 170 en 1999, 110)', ['trb-1998-170', 'trb-1999-110']],
    ['Trb. 1966, 99; 1969, 88 en 89', ['trb-1966-99', 'trb-1969-88', 'trb-1969-89']],
    ['Trb. 2007, 169 en Trb. 2014, 10', ['trb-2007-169', 'trb-2014-10']],
    ['(Stb. 2009, 525 en 2010, 41)', ['stb-2009-525', 'stb-2010-41']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('spans the repeated year with its number', () => {
    expect(found('(Trb. 1998, 170 en 1999, 110)')).toEqual([
      ['Trb. 1998, 170', 'trb-1998-170'],
      ['1999, 110', 'trb-1999-110'],
    ]);
  });

  it('reads no amount or decimal as a number of the repeated year', () => {
    expect(ids('Trb. 1998, 170 en 1999, 12,5 procent')).toEqual(['trb-1998-170']);
  });
});

describe('a changed motion with only the number it replaces (3)', () => {
  it.each([
    [
      'Gewijzigde motie van het lid Simons c.s. over de kinderopvang (t.v.v. 35925-XV-72)',
      'kst-35925-XV-72',
    ],
    [
      'Gewijzigde motie van de leden Kuik en Bikker over X (ter vervanging van 36200-VI-44).',
      'kst-36200-VI-44',
    ],
    ['Gewijzigde motie van het lid Omtzigt (t.v.v. 21501-20-1812)', 'kst-21501-20-1812'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it("takes the motion's own number where it follows", () => {
    expect(
      ids('Gewijzigde motie van het lid Simons c.s. over X (t.v.v. 35925-XV-72) (35925-XV-80)'),
    ).toEqual(['kst-35925-XV-80']);
  });
});

describe('abbreviated Aanhangsel (4)', () => {
  it.each([
    ['Aanh.Hand. II 1985/86 No. 339 p. 667', 'Aanh.Hand. II 1985/86 No. 339', 'ah-tk-19851986-339'],
    ['Aanh. Hand. II 2004/05, nr. 1234', 'Aanh. Hand. II 2004/05, nr. 1234', 'ah-tk-20042005-1234'],
    [
      'Aanh.Handelingen TK 1990-1991, nr. 12.',
      'Aanh.Handelingen TK 1990-1991, nr. 12',
      'ah-tk-19901991-12',
    ],
    ['Aanh. Hand. I 1999/2000, nr. 3', 'Aanh. Hand. I 1999/2000, nr. 3', 'ah-ek-19992000-3'],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('gives a Handelingen with only a page no id', () => {
    expect(ids('Hand. II 1985/86, p. 1234')).toEqual([]);
    expect(ids('Handelingen II 2004/05, blz. 4512')).toEqual([]);
  });
});

describe('a Rijkswet dossier named alone with its R-number (5)', () => {
  it.each([
    ['35 099 (R2114)\nVoorzieningen voor …\nVOORLOPIG VERSLAG', '35 099 (R2114)', 'dossier-35099'],
    ['33993 (R 2034) Adv RvSt inzake Rijkswet …', '33993 (R 2034)', 'dossier-33993'],
    [
      'Agenda: 36 216 (R2178) Wijziging van de Rijkswet op het Nederlanderschap',
      '36 216 (R2178)',
      'dossier-36216',
    ],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('leaves a document number after it to the Kamerstuk', () => {
    expect(ids('35 315 (R2137), nr. 1')).toEqual(['kst-35315-1']);
    expect(ids('goedgekeurd: 35315-(R2137)-1; 35313-(R2135)-1;')).toEqual([
      'kst-35315-1',
      'kst-35313-1',
    ]);
  });

  it('gives an Eerste Kamer letterhead the letter, not the dossier too', () => {
    expect(ids('35 099 (R2114)\nVoorzieningen voor iets\n\nD MEMORIE VAN ANTWOORD')).toEqual([
      'kst-35099-D',
    ]);
  });

  it('never reads a number that is no dossier', () => {
    expect(ids('artikel 12 345 (R 123) en 1.235 (R2000) en 5 099 (R2114)')).toEqual([]);
  });
});
