import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Kinds of fault found by a second held-out set of real-world citations (issue 12, November
// 2026, heldout-2-2026-11.json): each kind with several spellings, and what must stay unmarked.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('the number before its dossier (A)', () => {
  it.each([
    [
      'Deze brief is onder nr. 134 toegevoegd aan dossier 34293 - Renovatie Binnenhof.',
      'kst-34293-134',
    ],
    ['Zij krijgt nr. 12 in dossier 36 200 VI.', 'kst-36200-VI-12'],
    ['Het stuk nr. 5 van dossier 35300 gaat over de begroting.', 'kst-35300-5'],
    ['Deze brief is als nr. 7 aan het dossier 36 200-VII toegevoegd.', 'kst-36200-VII-7'],
    ['gevoegd onder nummer 15 bij kamerstukdossier 35 925', 'kst-35925-15'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('marks from the number to the dossier', () => {
    expect(found('Toegevoegd als nr. 134 aan dossier 34293.')).toEqual([
      ['nr. 134 aan dossier 34293', 'kst-34293-134'],
    ]);
  });

  it('gives each number of a list', () => {
    expect(ids('nrs. 3 en 4 van dossier 35 925')).toEqual(['kst-35925-3', 'kst-35925-4']);
  });

  it('needs the word dossier close after the number, in the same clause', () => {
    expect(ids('Op pagina nr. 5 van het dossier staat 35300 euro.')).toEqual([]);
    expect(ids('nr. 5, van dossier 35300')).toEqual(['dossier-35300']);
    expect(ids('nr. 5 is na lang wachten eindelijk toegevoegd aan dossier 35300')).toEqual([
      'dossier-35300',
    ]);
    expect(ids('nr. 5 van dossier 2024-1234')).toEqual([]);
  });
});

describe('"e.a." after a dossier (B)', () => {
  it.each([
    ['Bron: Kamerstukken I 2004/05, 29 762 e.a., D (memorie van antwoord)', 'kst-29762-D'],
    ['Kamerstukken II 2019/20, 35 300 e.a., nr. 7', 'kst-35300-7'],
    ['Kamerstukken I 2021/22, 35 925 e.a, E', 'kst-35925-E'],
    ['zie 29 762 e.a., nr. 12', 'kst-29762-12'],
    ['Kamerstuk 31 839 e.a. nr. 4', 'kst-31839-4'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('leaves a dossier with "e.a." and nothing after it a dossier', () => {
    expect(ids('Kamerstuk 31 839 e.a.')).toEqual(['dossier-31839']);
  });

  it('reads no letter after "e.a." in the Tweede Kamer (no lettered papers there)', () => {
    expect(ids('Kamerstukken II 2019/20, 35 300 e.a., A')).toEqual(['dossier-35300']);
  });
});

describe('a bill’s number with spaces inside its parentheses (C)', () => {
  it.each([
    [
      'het wetsvoorstel Wijziging van de Wet op de inlichtingen- en veiligheidsdiensten 2017 ( 35242 ).',
      '35242',
      'dossier-35242',
    ],
    ['het voorstel van wet ( 36 101 ) is aangenomen', '36 101', 'dossier-36101'],
    [
      'de begroting van Justitie en Veiligheid voor 2023 ( 36200-VI ).',
      '36200-VI',
      'dossier-36200-VI',
    ],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('still needs a word of a law in the sentence', () => {
    expect(ids('Bel ons op ( 35242 ).')).toEqual([]);
    expect(ids('Er kwamen ( 35 242 ) bezoekers.')).toEqual([]);
  });
});

describe('publications with a slash (D)', () => {
  it.each([
    ['AP-lijst Stcrt. 2019/64418)', 'Stcrt. 2019/64418', 'stcrt-2019-64418'],
    ['Stb. 2020/12 en', 'Stb. 2020/12', 'stb-2020-12'],
    ['Staatsblad 2019/5', 'Staatsblad 2019/5', 'stb-2019-5'],
    ['Staatscourant 2021/12345,', 'Staatscourant 2021/12345', 'stcrt-2021-12345'],
  ])('%s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('reads a list of treaties', () => {
    expect(ids('India–NL DTT (Trb. 1988/122, Trb. 2012/100)')).toEqual([
      'trb-1988-122',
      'trb-2012-100',
    ]);
  });

  it('reads a span of years as no number, and keeps EU acts apart', () => {
    expect(ids('Stb. 2006/07 en Stcrt 2006/2007')).toEqual([]);
    expect(ids('Verordening (EU) 2019/1020 en Stb. 2019/1020')).toEqual([
      'celex-32019R1020',
      'stb-2019-1020',
    ]);
    expect(ids('Richtlijn 2019/1020/EU')).toEqual(['celex-32019L1020']);
  });
});

describe('the Staatsblad year from an act’s date further back (E)', () => {
  it.each([
    [
      'de inwerkingtreding van de wet van 29 december 2008 tot intrekking van de Invoeringswet Wet werk en bijstand (Stb. 586).',
      'stb-2008-586',
    ],
    [
      'Bij besluit van 3 maart 2010 tot wijziging van het Besluit X (Stb. 123) werd',
      'stb-2010-123',
    ],
    ['De Regeling van 4 juli 2019 houdende nadere regels (Stcrt. 38000)', 'stcrt-2019-38000'],
    [
      'de Rijkswet van 1 mei 2004 tot goedkeuring van het op 5 juni 2003 gesloten verdrag (Stb. 12)',
      'stb-2004-12',
    ],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('takes the nearest act’s date before the number', () => {
    expect(
      ids('de wet van 1 mei 2004, gewijzigd bij de wet van 2 juni 2006 houdende X (Stb. 45)'),
    ).toEqual(['stb-2006-45']);
  });

  it('never reads a date across a sentence’s end, nor a date of no act', () => {
    expect(ids('De wet van 1 mei 2004 is oud. De minister wijst op Stb. 586.')).toEqual([]);
    expect(ids('Op 3 mei 2019 werd de wet gewijzigd (Stb. 12).')).toEqual([]);
    expect(ids('De wet van 1 mei 2004 (Stb. 2010)')).toEqual([]);
  });
});

describe('letterheads whose title cites an act (F)', () => {
  it('keeps the letterhead and the act, each its own mark', () => {
    expect(
      found(
        '34 670 EU-voorstel: E-privacyverordening COM (2017) 101\n\nB VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
      ),
    ).toEqual([
      ['34 670 EU-voorstel: E-privacyverordening', 'kst-34670-B'],
      ['COM (2017) 101', 'celex-52017PC0101'],
    ]);
  });

  it.each([
    [
      '22 112 Nieuwe Commissievoorstellen Richtlijn 2002/58/EG\n\nAB VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
      ['kst-22112-AB', 'celex-32002L0058'],
    ],
    [
      '34 670 EU-voorstel: E-privacyverordening COM (2017) 101\n\nNr. 5 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
      ['kst-34670-5', 'celex-52017PC0101'],
    ],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('EU regulations by their form "(EU) nr. N/YYYY" (G)', () => {
  it('reads a list continued without the word', () => {
    expect(found('(EU) nr. 223/2014, (EU) nr. 283/2014 en Besluit nr. 541/2014/EU')).toEqual([
      ['(EU) nr. 223/2014', 'celex-32014R0223'],
      ['(EU) nr. 283/2014', 'celex-32014R0283'],
      ['Besluit nr. 541/2014/EU', 'celex-32014D0541'],
    ]);
  });

  it.each([
    ['de verordeningen (EG) nr. 1/2003', 'celex-32003R0001'],
    ['coördinatie (EEG) nr. 1408/71 van de Raad', 'celex-31971R1408'],
    ['under (EU) No 1303/2013 and', 'celex-32013R1303'],
    ['(EC) No 45/2001', 'celex-32001R0045'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('leaves forms of every type, decisions and impossible numbers alone', () => {
    expect(ids('(EU) 2016/679')).toEqual([]);
    expect(ids('(EU) nr. 541/2014/EU')).toEqual([]);
    expect(ids('(EU) nr. 5/2020')).toEqual([]);
    expect(ids('(EU) nr. 0/2014')).toEqual([]);
    expect(ids('(EU) nr. 12/1949')).toEqual([]);
  });

  it('gives one mark when the word is there', () => {
    expect(found('Verordening (EU) nr. 1303/2013 en (EU) nr. 1305/2013')).toEqual([
      ['Verordening (EU) nr. 1303/2013', 'celex-32013R1303'],
      ['(EU) nr. 1305/2013', 'celex-32013R1305'],
    ]);
  });
});

describe('the Aanhangsel’s letterhead, in lines or table cells', () => {
  const SUBTITLE =
    'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden';

  it.each([
    [
      `Tweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2021-2022 | Aanhangsel van de Handelingen |\n${SUBTITLE} |\n2349`,
      'ah-tk-20212022-2349',
    ],
    [
      `Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2023–2024\nAanhangsel van de Handelingen\n${SUBTITLE}\n512`,
      'ah-tk-20232024-512',
    ],
    [
      `Eerste Kamer der Staten-Generaal | 1 |\nVergaderjaar 2019-2020 | Aanhangsel van de Handelingen |\n${SUBTITLE} | 7`,
      'ah-ek-20192020-7',
    ],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('needs the vergaderjaar before it and a number after the subtitle', () => {
    expect(ids(`Aanhangsel van de Handelingen\n${SUBTITLE}\n2349`)).toEqual([]);
    expect(
      ids(`Vergaderjaar 2021-2022 Aanhangsel van de Handelingen\n${SUBTITLE}\n2021/2022`),
    ).toEqual([]);
    expect(ids(`Vergaderjaar 2021-2023 Aanhangsel van de Handelingen\n${SUBTITLE}\n12`)).toEqual(
      [],
    );
  });
});

describe('the date of a treaty is no publication year', () => {
  it('leaves a number after a treaty’s date without its year', () => {
    expect(ids('het Verdrag van 5 juni 2003 inzake X, gesloten te Genève (Trb. 123)')).toEqual([]);
  });
});
