import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Kinds of fault a held-out recall set found on main (issue 12, December 2026): letterheads in
// less common typography, Eerste Kamer letters named before their bill, and a bill's dossier
// number in parentheses after a title too long for the sentence reach. Each kind with spellings
// written after real pages (officielebekendmakingen, tweedekamer.nl, eerstekamer.nl, the
// Handelingen), and what must stay unmarked next to them.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('letterheads in less common typography', () => {
  it.each([
    [
      // An older paper (statengeneraaldigitaal): the suffix on the dossier line, "nr." in lower
      // case on a line of its own, the kind on the next.
      '27 400 VII\nVaststelling van de begroting van de uitgaven en de ontvangsten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2001\n\nnr. 6\nBRIEF VAN DE MINISTERS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES EN VAN FINANCIËN',
      'kst-27400-VII-6',
    ],
    [
      '23 645 Openbaar vervoer\n\nNr. 851 Brief van de staatssecretaris van Infrastructuur en Waterstaat',
      'kst-23645-851',
    ],
    // tweedekamer.nl: one line per block, no empty lines.
    [
      '35 165 Verkiezingen\nNr. 46 Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'kst-35165-46',
    ],
    [
      '36 600 B Vaststelling van de begrotingsstaat van het gemeentefonds voor het jaar 2025\n\nNr. 9\nBrief van de minister van Binnenlandse Zaken en Koninkrijksrelaties',
      'kst-36600-B-9',
    ],
    [
      '31 865 Verbetering verantwoording en begroting\nnr. 214\nLijst van vragen en antwoorden\nVastgesteld 15 september 2022',
      'kst-31865-214',
    ],
    [
      '21 501-20 Europese Raad\n\nNr. 1234 Verslag van een schriftelijk overleg',
      'kst-21501-20-1234',
    ],
    [
      '36 200 VI Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2023\n\nnr. 31 Motie van het lid De Vries c.s.',
      'kst-36200-VI-31',
    ],
    [
      '35 925 Wijziging van de Wet op het financieel toezicht\n\nNr. 14 Gewijzigd amendement van het lid Omtzigt ter vervanging van dat gedrukt onder nr. 9',
      'kst-35925-14',
    ],
    [
      '**23 645** **Openbaar vervoer**\n\n**Nr. 851** Nota naar aanleiding van het verslag',
      'kst-23645-851',
    ],
    [
      '36 410 Regels over het verstrekken van gegevens\nNr. 11\nTweede nota van wijziging\nOntvangen 3 april 2024',
      'kst-36410-11',
    ],
    [
      '35 533 Verklaring dat er grond bestaat een voorstel in overweging te nemen\n\nnr. 4 Voorlichting van de Afdeling advisering van de Raad van State',
      'kst-35533-4',
    ],
  ])('%#: %s', (text, id) => {
    const [first] = detect(text);
    expect(first).toMatchObject({ kind: 'kamerstuk', id, start: text.search(/\d/) });
    expect(first?.text.endsWith(id.split('-').pop() ?? '')).toBe(true);
  });

  it('gives each of two letterheads in a row its own dossier', () => {
    const text =
      '36 101 Wijziging van de Wet\nNr. 4 BRIEF VAN DE MINISTER\n36 102 Regels over X\nnr. 5\nBrief van de minister';
    expect(ids(text)).toEqual(['kst-36101-4', 'kst-36102-5']);
    const ek =
      '36 101 Wijziging van de Wet\n\nD MEMORIE VAN ANTWOORD\n\n36 102 Regels over X\n\nE VERSLAG';
    expect(ids(ek)).toEqual(['kst-36101-D', 'kst-36102-E']);
  });

  it('needs a document kind after the number, in capitals or a kind’s word', () => {
    expect(ids('36 281 Wijziging van de Wet\n\nNr. 12 Overzicht van de kosten')).toEqual([]);
    expect(ids('12 345 Deelnemers\n\nNr. 5 De uitslag van de loting')).toEqual([]);
    expect(ids('23 645 Openbaar vervoer\n\nNr. 851 brief van de staatssecretaris')).toEqual([]);
    expect(ids('23 645 Openbaar vervoer\n\nNr. 851 Briefwisseling met de regio')).toEqual([]);
  });

  it('needs the number word to open its line and a dossier line above', () => {
    expect(ids('Nr. 851 Brief van de staatssecretaris')).toEqual([]);
    expect(ids('23 645 Openbaar vervoer\nzie ook nr. 851 Brief van de staatssecretaris')).toEqual(
      [],
    );
    expect(ids('10 000 reizigers\n\nnr. 5\nBRIEF VAN DE STAATSSECRETARIS')).toEqual([]);
    expect(ids('23 645 Openbaar vervoer. Dat is veel.\n\nnr. 5\nBrief')).toEqual([]);
  });

  it('leaves look-alikes unmarked: phone, court case and list rows', () => {
    expect(ids('070 318 22 11 Informatie\n\nNr. 5 Brief van de griffier')).toEqual([]);
    expect(ids('HR 12 maart 2019\nnr. 18 586\nBrief van de griffier')).toEqual([]);
    // Letters with words in sentence case are as often a list of options.
    expect(ids('36 200 Begroting\nA Voorstel van de regering\nB Voorstel van de Kamer')).toEqual(
      [],
    );
  });
});

// A fresh reader's report (issue 12): a letterhead reached across an unrelated paragraph to a
// dossier line above it, and two letterheads in a row gave the second one's letter to the first.
describe('a letterhead ends at a paragraph that is not its own', () => {
  it.each([
    // officielebekendmakingen: a blank line between the title and the letter or number line.
    ['36 101 Wijziging van de Wet\n\nD MEMORIE VAN ANTWOORD', 'kst-36101-D'],
    ['36 281 Wijziging van de Wet\n\nNr. 12 NOTA NAAR AANLEIDING VAN HET VERSLAG', 'kst-36281-12'],
    // The dossier number alone on its line, the title a block of its own below it.
    [
      '28 000\n\nWijziging van de Wet op de huurtoeslag\n\nNr. 5 BRIEF VAN DE MINISTER',
      'kst-28000-5',
    ],
    ['30 881\n\nGoedkeuring van het Verdrag\n\nB VOORLOPIG VERSLAG', 'kst-30881-B'],
    // Two dossiers of one letterhead, set as evenly as the rest of it: the first.
    [
      '36 200 VI Vaststelling\n\n36 100 Voorjaarsnota\n\nNr. 31 MOTIE VAN HET LID DE VRIES',
      'kst-36200-VI-31',
    ],
    ['35 979 Wijziging van de Wet\n30 881 Goedkeuring\nB\nVOORLOPIG VERSLAG', 'kst-35979-B'],
    // Two letterheads in a row: the letter below belongs to the dossier set tight above it.
    [
      '35 979 Wijziging van de Wet\n\n30 881 Goedkeuring van het Verdrag\nB\nVOORLOPIG VERSLAG',
      'kst-30881-B',
    ],
    [
      '35 979 Wijziging van de Wet\n\n30 881 Goedkeuring van het Verdrag\nNr. 5\nVERSLAG',
      'kst-30881-5',
    ],
    [
      'Vergaderjaar 2023–2024\n\n36 410 Regels over X\n\nNr. 11 BRIEF VAN DE MINISTER',
      'kst-36410-11',
    ],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('gives no id across a paragraph between the dossier and the letter or number', () => {
    for (const text of [
      '36 155 Wijziging van de Wet wegvervoer goederen\n\nVoetnoten\n\nB BRIEF VAN DE MINISTER',
      '36 155 Wijziging van de Wet wegvervoer goederen\n\nVoetnoten\n\nNr. 4 BRIEF VAN DE MINISTER',
      '36 155 Wijziging van de Wet\n\nInhoudsopgave\nBijlagen\n\nC MEMORIE VAN ANTWOORD',
      '36 155\n\nDe Kamer vergaderde lang\n\nVoetnoten\n\nNr. 4 BRIEF VAN DE MINISTER',
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });
});

describe('an Eerste Kamer letter named before its bill', () => {
  it.each([
    ['Dit voorlopig verslag is onder nr. D toegevoegd aan wetsvoorstel 35099.', 'kst-35099-D'],
    ['De memorie van antwoord is gedrukt onder letter F bij wetsvoorstel 36101.', 'kst-36101-F'],
    [
      'Het nader voorlopig verslag is onder nr. AB gevoegd bij het wetsvoorstel 35 300.',
      'kst-35300-AB',
    ],
    ['De brief is als stuk nr. 12 bij dossier 36281 gevoegd.', 'kst-36281-12'],
    ['De nota is onder nr. 8 toegevoegd aan het voorstel van wet 36 101.', 'kst-36101-8'],
    ['Het verslag is onder letter C gevoegd bij initiatiefwetsvoorstel 35.300.', 'kst-35300-C'],
    ['De brief is onder nr. E toegevoegd aan wetsvoorstel 36 200 VI.', 'kst-36200-VI-E'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('marks from the number to the bill, one mark', () => {
    expect(found('is onder nr. D toegevoegd aan wetsvoorstel 35099.')).toEqual([
      ['nr. D toegevoegd aan wetsvoorstel 35099', 'kst-35099-D'],
    ]);
  });

  it('gives each letter of a list', () => {
    expect(ids('onder nrs. E en F toegevoegd aan wetsvoorstel 35099')).toEqual([
      'kst-35099-E',
      'kst-35099-F',
    ]);
  });

  it('files it under a bill named by its title, the number closing the title', () => {
    expect(
      found(
        'Het voorlopig verslag is onder letter D toegevoegd aan het wetsvoorstel Wijziging van de Wet op de beroepen in de individuele gezondheidszorg in verband met het tuchtrecht (35099).',
      ),
    ).toEqual([
      ['letter D', 'kst-35099-D'],
      ['35099', 'dossier-35099'],
    ]);
    expect(
      ids(
        'De memorie van antwoord is als nr. E gevoegd bij het voorstel van wet Regels over de verwerking van gegevens (Wet gegevensverwerking) (36 101).',
      ),
    ).toEqual(['kst-36101-E', 'dossier-36101']);
    expect(
      ids('onder nr. 7 toegevoegd aan het wetsvoorstel Vaststelling van de begroting (36200-VI);'),
    ).toEqual(['kst-36200-VI-7', 'dossier-36200-VI']);
  });

  it('needs the title’s number in the same sentence', () => {
    expect(
      ids('onder letter D toegevoegd aan het wetsvoorstel Wijziging van de Wet X. Daarna (35099).'),
    ).toEqual([]);
    expect(
      ids('onder letter D toegevoegd aan het wetsvoorstel Wijziging van de Wet X (2019).'),
    ).toEqual([]);
    expect(ids('onder letter D toegevoegd aan het wetsvoorstel van de minister (35099).')).toEqual([
      'dossier-35099',
    ]);
  });

  it('keeps the bill alone when the letter is not its paper', () => {
    expect(ids('artikel I, onder letter b van wetsvoorstel 35099')).toEqual(['dossier-35099']);
    expect(ids('Onder nr. D, zo staat in wetsvoorstel 35099')).toEqual(['dossier-35099']);
    expect(ids('zie nr. D van de lijst')).toEqual([]);
    expect(ids('nr. D (35099)')).toEqual([]);
  });
});

describe('a bill’s dossier number after a long title', () => {
  it.each([
    [
      'De Kamer stemt in met het voorstel Wijziging van de Wet op de beroepen in de individuele gezondheidszorg in verband met de verbeteringen die worden doorgevoerd in het tuchtrecht alsmede verbeteringen ten aanzien van de herkenbaarheid van de zorgverlener, de regeling van de voorbehouden handelingen, de toepasbaarheid op cosmetische handelingen en het periodiek registreren van zorgverleners in het register ten behoeve van patiënten en andere belanghebbenden (34630).',
      'dossier-34630',
    ],
    [
      'Aan de orde is de behandeling van het wetsvoorstel Regels over de bescherming van persoonsgegevens bij de verwerking door bestuursorganen en instellingen in het sociaal domein, ter uitvoering van afspraken met gemeenten, provincies en waterschappen over de informatievoorziening aan burgers en bedrijven, alsmede over de samenwerking tussen uitvoeringsorganisaties in de keten van werk en inkomen, de zorg en de jeugdhulp en over de gegevensdeling met onderzoekers (35447) en de motie daarbij.',
      'dossier-35447',
    ],
    [
      'Bij Kabinetsmissive is aanhangig gemaakt het voorstel van wet houdende regels omtrent de verstrekking van gegevens door gemeenten, provincies en waterschappen aan de inspecties en toezichthouders in het fysieke domein ten behoeve van de handhaving van de regels over bodem, water, lucht, geluid, externe veiligheid en natuur, alsmede het delen van die gegevens met ketenpartners in het buitenland (36 101);',
      'dossier-36101',
    ],
    [
      'Het voorstel Vaststelling van de begrotingsstaten van het Ministerie van Onderwijs, Cultuur en Wetenschap voor het jaar 2023, met de suppletoire staten bij de eerste en de tweede suppletoire begroting, de aanvullende mededelingen over de onderwijsbegroting, de kosten van de bekostiging van instellingen voor primair, voortgezet en middelbaar beroepsonderwijs en de ramingen voor de studiefinanciering (36200-VIII)',
      'dossier-36200-VIII',
    ],
    [
      // An agenda item: the title alone, opening in capitals.
      'Regels over de bescherming van persoonsgegevens bij de verwerking door bestuursorganen en instellingen in het sociaal domein, ter uitvoering van afspraken met gemeenten, provincies en waterschappen over de informatievoorziening aan burgers en bedrijven, alsmede over de samenwerking tussen uitvoeringsorganisaties in de keten van werk en inkomen, de zorg en de jeugdhulp en over de gegevensdeling met onderzoekers (35 447)',
      'dossier-35447',
    ],
  ])('%#', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('takes only the first number in parentheses after the bill’s name', () => {
    const filler =
      ' leidde tot veel reacties van beroepsgroepen, patiëntenorganisaties en zorgverzekeraars die over de gevolgen voor de praktijk en de kosten van de registratie van zorgverleners bij de inspectie en de opleidingen in de regio en daarbuiten hun zorgen uitten in brieven aan de commissie en tijdens de rondetafelgesprekken in de zomer';
    const text = `Het wetsvoorstel over de BIG-registratie (34630)${filler}, met in totaal (12.345)`;
    expect(ids(text)).toEqual(['dossier-34630']);
  });

  it('needs a bill named in the same sentence', () => {
    const long =
      'de regeling van de voorbehouden handelingen, de toepasbaarheid op cosmetische handelingen en het periodiek registreren van zorgverleners in het register ten behoeve van patiënten en andere belanghebbenden in de regio en daarbuiten, met de kosten van de registratie bij de inspectie en de opleidingen, en de gevolgen voor de praktijk van alledag';
    expect(ids(`Het voorstel van de minister betreft ${long} (23.456).`)).toEqual([]);
    expect(ids(`Het wetsvoorstel is aangenomen. Het betreft ${long} (23.456).`)).toEqual([]);
    expect(ids(`Het voorstel Omtzigt betreft ${long} (2019).`)).toEqual([]);
    // Far back, only a title in capitals names a bill, not the same words in prose.
    expect(ids(`De wijziging van het beleid betreft ${long} (23.456).`)).toEqual([]);
  });
});
