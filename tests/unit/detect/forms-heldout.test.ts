import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Kinds of fault found by a held-out set of real-world citations (issue 12, November 2026): each
// kind with several spellings, and what must stay unmarked next to it.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('several dossiers before one number (A)', () => {
  it.each([
    ['Kamerstuk 31728, 30914, nr. 5', ['kst-31728-5']],
    ['(Kamerstukken 26 643 en 33 826, nr. 782)', ['kst-26643-782']],
    ['Kamerstukken II 2019/20, 26 643, 34 843 en 32 317, nr. 7', ['kst-26643-7']],
    ['Kamerstukken 26643 & 34843, nr. 12', ['kst-26643-12']],
    ['Kamerstukken 21 501-20, 21 501-02, nrs. 5 en 6', ['kst-21501-20-5', 'kst-21501-20-6']],
    ['zie 31728, 30914, nr. 5', ['kst-31728-5']],
    ['zie 26 643 / 34 843, nr. 9', ['kst-26643-9']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('marks the whole list as the one document', () => {
    expect(found('Zie Kamerstuk 31728, 30914, nr. 5.')).toEqual([
      ['Kamerstuk 31728, 30914, nr. 5', 'kst-31728-5'],
    ]);
  });

  it('joins dossiers by a comma only when a number follows', () => {
    expect(ids('Kamerstukken 31728, 30914 zijn verwant')).toEqual(['dossier-31728']);
    expect(ids('Kamerstuk 35300, 7')).toEqual(['kst-35300-7']);
  });

  it('never takes a number before the dossiers as one of them', () => {
    expect(ids('2019 12 345, 26 643, nr. 3')).toEqual([]);
    expect(ids('Het kost € 12.345, 26 643, nr. 3')).toEqual([]);
  });
});

describe('a motion with a numeric dossier suffix, then "nr." (B)', () => {
  it.each([
    ['vóór motie 21501-02, nr. 1435', ['kst-21501-02-1435']],
    [
      'vóór motie 21501-02, nr. 1435 en tégen motie 21501-02, nr. 1436',
      ['kst-21501-02-1435', 'kst-21501-02-1436'],
    ],
    ['de motie 21501-33 nr. 1012', ['kst-21501-33-1012']],
    ['motie 36200-VI, nr. 12', ['kst-36200-VI-12']],
    ['motie 36200-VI, nummer 12', ['kst-36200-VI-12']],
    ['de moties 21501-08, nrs. 692 en 693', ['kst-21501-08-692', 'kst-21501-08-693']],
    ['Motie van het lid Ellian c.s. (21501-02, nr. 1435)', ['kst-21501-02-1435']],
    ['Kamerstuk 21501-02, nr. 1435', ['kst-21501-02-1435']],
    ['(21 501-08, nr. 692)', ['kst-21501-08-692']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('spans the motion from its word, kind motie', () => {
    expect(detect('vóór motie 21501-02, nr. 1435 gestemd')).toEqual([
      {
        start: 5,
        end: 29,
        text: 'motie 21501-02, nr. 1435',
        kind: 'motie',
        id: 'kst-21501-02-1435',
      },
    ]);
  });

  it('keeps the compact forms', () => {
    expect(ids('de moties 36200-VI-12 en 32317-891')).toEqual(['kst-36200-VI-12', 'kst-32317-891']);
    expect(ids('motie 21501-02-1435')).toEqual(['kst-21501-02-1435']);
  });
});

describe('the Aanhangsel with "der", "bij de" and lower case (D)', () => {
  it.each([
    ['Aanhangsel der Handelingen, vergaderjaar 2006–2007, nr. 520', 'ah-tk-20062007-520'],
    ['Aanhangsel der handelingen, vergaderjaar 2006–2007, nr. 521', 'ah-tk-20062007-521'],
    ['aanhangsel handelingen 2006/07, nr. 12', 'ah-tk-20062007-12'],
    ['Aanhangsel bij de Handelingen II 2006/07, nr. 520', 'ah-tk-20062007-520'],
    ['Aanhangsel van de Handelingen der Tweede Kamer 2006-2007, nr. 52', 'ah-tk-20062007-52'],
    [
      'Aanhangsel Handelingen der Staten-Generaal, Eerste Kamer, 2006-2007, nr. 5',
      'ah-ek-20062007-5',
    ],
    [
      'Handelingen der Staten-Generaal, Tweede Kamer 2019-2020, nr. 31, item 8',
      'h-tk-20192020-31-8',
    ],
  ])('%s → %s', (text, id) => {
    expect(ids(`(${text})`)).toEqual([id]);
  });

  it('needs the vergaderjaar and the number', () => {
    expect(ids('het Aanhangsel der Handelingen van dat jaar, nr. 520')).toEqual([]);
  });
});

describe('a vergaderjaar spanning several years (E)', () => {
  it.each([
    ['(Kamerstukken II 1993/94-1996/97, 23761)', 'dossier-23761'],
    ['(Kamerstukken 1993/94-1996/97, 23761)', 'dossier-23761'],
    ['Kamerstukken II 1993/1994–1996/1997, 23 761', 'dossier-23761'],
    ['Kamerstukken II 1993/94 t/m 1996/97, 23 761, nr. 12', 'kst-23761-12'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('letterheads glued by text extraction (G)', () => {
  it.each([
    ['Tweede Kamer der Staten-Generaal2016-201734700 nr. 19', 'kst-34700-19'],
    ['Tweede Kamer der Staten-Generaal2016–201734 700nr. 19', 'kst-34700-19'],
    ['Tweede Kamer der Staten-Generaal2019-202035300-VI nr. 7', 'kst-35300-VI-7'],
    ['Tweede Kamer der Staten-Generaal 2016-2017 34 700 nr. 19', 'kst-34700-19'],
    ['Tweede Kamer der Staten-Generaal2019-2020nr. 31, item 8', 'h-tk-20192020-31-8'],
    ['Tweede Kamer der Staten-Generaal2013-2014nr. 106, item 10', 'h-tk-20132014-106-10'],
    ['Eerste Kamer der Staten-Generaal2013-2014nr. 10, item 3', 'h-ek-20132014-10-3'],
  ])('%s → %s', (text, id) => {
    expect(found(text)).toEqual([[text, id]]);
  });

  it('leaves the chamber and a vergaderjaar alone unmarked', () => {
    expect(ids('Tweede Kamer der Staten-Generaal2016-2017')).toEqual([]);
    expect(ids('Tweede Kamer der Staten-Generaal 2016-2017 nr. 19')).toEqual([]);
  });
});

describe('a footnote marker glued to an EU act number (H)', () => {
  it.each([
    [
      'Verordening (EU) 2017/19393 wordt uitgevoerd',
      'Verordening (EU) 2017/1939',
      'celex-32017R1939',
    ],
    ['Richtlijn (EU) 2019/179012, die', 'Richtlijn (EU) 2019/1790', 'celex-32019L1790'],
    ['Verordening (EG) nr. 45/20011 betreft', 'Verordening (EG) nr. 45/2001', 'celex-32001R0045'],
    ['Richtlijn 2002/58/EG3 betreft', 'Richtlijn 2002/58/EG', 'celex-32002L0058'],
    ['Verordening (EU) 2024/1689 (AI)', 'Verordening (EU) 2024/1689', 'celex-32024R1689'],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('gives each act of a list without its marker', () => {
    expect(found('Verordeningen (EU) 2017/19391 en (EU) 2016/6792')).toEqual([
      ['Verordeningen (EU) 2017/1939', 'celex-32017R1939'],
      // 6792 is above any year's sequence since 2015: act 679 and note 2.
      ['(EU) 2016/679', 'celex-32016R0679'],
    ]);
  });

  it('does not cut numbers before 2015, when there was no yearly sequence', () => {
    expect(ids('Richtlijn 2002/58123')).toEqual([]);
    expect(ids('Verordening (EU) 2014/12345')).toEqual([]);
  });
});

describe('Staatsblad with the year of the act’s date, and glued ids (I)', () => {
  it.each([
    ['jo. Besluit van 27 november 2002, Stb. 575, dient', 'Stb. 575', 'stb-2002-575'],
    ['de Wet van 12 mei 2016 (Stb. 194) regelt', 'Stb. 194', 'stb-2016-194'],
    ['Rijkswet van 8 juni 2017, Stb. nr. 262', 'Stb. nr. 262', 'stb-2017-262'],
    ['Besluit van 1 juli 1999, Staatsblad 575', 'Staatsblad 575', 'stb-1999-575'],
    ['Regeling van 3 mei 2019, Stcrt. 25000', 'Stcrt. 25000', 'stcrt-2019-25000'],
    ['"@bron": "Stcrt.2006-9",', 'Stcrt.2006-9', 'stcrt-2006-9'],
    ['zie Stb.2006-575 en', 'Stb.2006-575', 'stb-2006-575'],
    ['zie Trb. 2019-74 en', 'Trb. 2019-74', 'trb-2019-74'],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('needs a year: from the number, or from an act’s date before it in the sentence', () => {
    expect(ids('Stb. 575 alleen')).toEqual([]);
    expect(ids('Op 3 mei 2019, Stb. 12')).toEqual([]);
    expect(ids('Besluit van 27 november 2002 houdende regels over het kopiëren, Stb. 575')).toEqual(
      ['stb-2002-575'],
    );
  });

  it('reads a span of years as no number', () => {
    expect(ids('Stb. 2006-2007')).toEqual([]);
  });
});
