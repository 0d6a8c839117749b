import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Kinds of fault found by a third held-out set of real-world citations (issue 12, November
// 2026, heldout-3-2026-11.json): each kind with spellings of its own, and what must stay
// unmarked. The set's own texts are not copied here.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('a footnote marker glued to an act number within the yearly sequence (A)', () => {
  it.each([
    [
      'Regulations (EU) 2020/8771 and 2020/8762 apply',
      [
        ['Regulations (EU) 2020/877', 'celex-32020R0877'],
        ['2020/876', 'celex-32020R0876'],
      ],
    ],
    [
      'Uitvoeringsverordening (EU) 2018/7643 van de Commissie',
      [['Uitvoeringsverordening (EU) 2018/764', 'celex-32018R0764']],
    ],
    // A note of two digits after a number that cannot be four digits long.
    ['Richtlijn (EU) 2021/55512, die', [['Richtlijn (EU) 2021/555', 'celex-32021L0555']]],
    // Before 2015: a directive since 1992 is below 1 000, so 1231 is act 123 and note 1.
    ['Richtlijn 2006/1231 betreffende diensten', [['Richtlijn 2006/123', 'celex-32006L0123']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('takes a number within the sequence as written', () => {
    expect(ids('Verordening (EU) 2023/2854 (Dataverordening)')).toEqual(['celex-32023R2854']);
    // Until 1991 directives shared the decisions' sequence, which passed 1 000.
    expect(ids('Richtlijn 80/1119/EEG van de Raad')).toEqual(['celex-31980L1119']);
  });

  it('gives no act where no reading fits', () => {
    // An ending follows: no marker can be glued before it, and 1231 is too high for 2006.
    expect(ids('Richtlijn 2006/1231/EG')).toEqual([]);
    // Before 2015 a number of five digits is ambiguous.
    expect(ids('Besluit 2010/12345/EU')).toEqual([]);
  });
});

describe('an EU act number with a space for its slash, after the EU marker (C)', () => {
  it.each([
    [
      'Gedelegeerde Verordening (EU) 2023 1441 van de Commissie',
      'Verordening (EU) 2023 1441',
      'celex-32023R1441',
    ],
    ['Richtlijn (EU) 2016 680 en de AVG', 'Richtlijn (EU) 2016 680', 'celex-32016L0680'],
    [
      'Besluit (EU)\u00a02022\u00a02481 over',
      'Besluit (EU)\u00a02022\u00a02481',
      'celex-32022D2481',
    ],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('needs the marker, a year of the yearly sequence and a number, never an amount', () => {
    expect(ids('Verordening 2024 1398')).toEqual([]);
    expect(ids('Verordening (EG) 2006 1907')).toEqual([]);
    expect(ids('Verordening (EU) 2024 10 miljoen')).toEqual([]);
    expect(ids('Verordening (EU) 2024 12,5 procent')).toEqual([]);
    expect(ids('Verordening (EU) 2024 13981')).toEqual([]);
  });
});

describe('an EU act number with its ending after a title, without its word (B)', () => {
  it.each([
    [
      'Council Framework Decision of 26 February 2009 amending Framework Decisions on trials in absentia (2009/299/JHA), OJ L 81',
      '2009/299/JHA',
      'celex-32009F0299',
    ],
    [
      'Kaderbesluit van de Raad van 24 februari 2005 inzake de confiscatie (2005/212/JBZ)',
      '2005/212/JBZ',
      'celex-32005F0212',
    ],
    ['type: Framework decision\n\nnumber: 2008/977/JHA', '2008/977/JHA', 'celex-32008F0977'],
    [
      'Besluit van de Raad van 23 juni 2008 inzake de intensivering van de grensoverschrijdende samenwerking (2008/615/JBZ)',
      '2008/615/JBZ',
      'celex-32008D0615',
    ],
    [
      'Richtlijn van de Raad van 25 juli 1985 betreffende de aansprakelijkheid voor produkten (85/374/EEG)',
      '85/374/EEG',
      'celex-31985L0374',
    ],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('gives no id without a word that fits the ending', () => {
    expect(ids('zie 2002/584/JHA')).toEqual([]);
    // Regulations were never numbered year/number/ending; a directive is never a JHA act.
    expect(ids('de Verordening over de zaak (2002/58/EG)')).toEqual([]);
    expect(ids('de Richtlijn over de zaak (2002/584/JBZ)')).toEqual([]);
    // The word belongs to the act numbered after it, not to a later number.
    expect(ids('Richtlijn 2002/58/EG, gewijzigd bij 2009/136/EG')).toEqual(['celex-32002L0058']);
    // Nor across a sentence's end.
    expect(ids('Het kaderbesluit is oud. Zie 2002/584/JBZ')).toEqual([]);
  });
});

describe('Tractatenblad letterheads as OCR reads them (D)', () => {
  it.each([
    [
      'TRACTATENBLAD VAN HET KONINKRIJK DER NEDERLANDEN JAARGANG 2011 Nr. 88 A. TITEL',
      'TRACTATENBLAD VAN HET KONINKRIJK DER NEDERLANDEN JAARGANG 2011 Nr. 88',
      'trb-2011-88',
    ],
    [
      'TRACTATENBLAD VAN HET KONINKRIJK DER NEDERLAND EN. JAARGANG 1975 Nr, 12',
      'TRACTATENBLAD VAN HET KONINKRIJK DER NEDERLAND EN. JAARGANG 1975 Nr, 12',
      'trb-1975-12',
    ],
    [
      'Staatsblad van het Koninkrijk der Nederlanden. Jaargang 2001 nr. 7',
      'Staatsblad van het Koninkrijk der Nederlanden. Jaargang 2001 nr. 7',
      'stb-2001-7',
    ],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });
});

describe('older Staatsblad forms with the year after the number (F)', () => {
  it.each([
    ['bij Stb. 245 van 1931 gewijzigd', 'Stb. 245 van 1931', 'stb-1931-245'],
    ['Staatsblad nr. 245 van 1931', 'Staatsblad nr. 245 van 1931', 'stb-1931-245'],
    ['Staatsblad van 1931, no. 245', 'Staatsblad van 1931, no. 245', 'stb-1931-245'],
    ['Stbl. 1931, 245', 'Stbl. 1931, 245', 'stb-1931-245'],
    ['Stcrt. nr. 8123 van 3 mei 2004 bevat', 'Stcrt. nr. 8123 van 3 mei 2004', 'stcrt-2004-8123'],
    [
      'Staatsblad van het Koninkrijk der Nederlanden, nr. 245, uitgegeven op 2 juni 1931',
      'Staatsblad van het Koninkrijk der Nederlanden, nr. 245',
      'stb-1931-245',
    ],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('still needs a year', () => {
    expect(ids('Staatsblad nr. 245 is oud')).toEqual([]);
    // The day of issue counts only in the same sentence.
    expect(ids('Staatsblad nr. 245. Uitgegeven op 2 juni 1931')).toEqual([]);
    expect(ids('Stb. 245 van de minister')).toEqual([]);
  });
});

describe('a Rijkswet’s number after its dossier (E)', () => {
  it.each([
    ['Kamerstukken II 2021/22, 36 013 (R2158), nr. 3', 'kst-36013-3'],
    ['Kamerstuk 36013-(R2158)-3', 'kst-36013-3'],
    ['zie 36 013 (R2158), nr. 3 en', 'kst-36013-3'],
    ['Kamerstukken 36013 (R2158) nr. 3', 'kst-36013-3'],
    ['Kamerstukken II 2021/22, 36 013 (R2158)', 'dossier-36013'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('reads a list of them, and no parentheses of another shape', () => {
    expect(found('zijn goedgekeurd: 36013-(R2158)-1; 36014-(R2159)-2;')).toEqual([
      ['36013-(R2158)-1', 'kst-36013-1'],
      ['36014-(R2159)-2', 'kst-36014-2'],
    ]);
    expect(ids('(zie 34722-1); (en 33997-95);')).toEqual([]);
    expect(ids('lijst: 36013-(X2158)-1; 36014-(2159)-2;')).toEqual([]);
  });
});

describe('the Kamerstukken column of a table of changes (E)', () => {
  it.each([
    [
      '01-07-2016 | Wijziging | 12-05-2016 | Stb. 2016, 194 | 34071 | 20-05-2016 | Stb. 2016, 195 |',
      [
        ['Stb. 2016, 194', 'stb-2016-194'],
        ['34071', 'dossier-34071'],
        ['Stb. 2016, 195', 'stb-2016-195'],
      ],
    ],
    [
      '01-01-2022\tWijziging\tStb. 2021, 630\t35 315 (R2137), nr. 1\t',
      [
        ['Stb. 2021, 630', 'stb-2021-630'],
        ['35 315 (R2137), nr. 1', 'kst-35315-1'],
      ],
    ],
    [
      '| 01-01-2022 | Stcrt. 2021, 5000 | 35315-(R2137)-1 |',
      [
        ['Stcrt. 2021, 5000', 'stcrt-2021-5000'],
        ['35315-(R2137)-1', 'kst-35315-1'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves figures in other tables unmarked', () => {
    expect(ids('jaar | inwoners | 2023 | 34071 |')).toEqual([]);
    expect(ids('Stb. 2016, 194 | 34071')).toEqual(['stb-2016-194']);
    expect(ids('| Stb. 2016, 194 | 34071 euro | 12 |')).toEqual(['stb-2016-194']);
    expect(ids('| Stb. 2016, 194 | 9071 | 45071 |')).toEqual(['stb-2016-194']);
  });
});
