import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Kinds of fault found by the seventh held-out round (issue 12, December 2026): each kind with
// spellings of its own, written from the forms EUR-Lex, the Handelingen and the Kamer's agendas
// use, and what must stay unmarked. The held-out texts are not copied.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('old-style EU numbers after "nr." (year first for directives and decisions)', () => {
  it.each([
    [
      'Gelet op richtlijn nr. 85/374/EEG van de Raad',
      'richtlijn nr. 85/374/EEG',
      'celex-31985L0374',
    ],
    ['Gezien Richtlijn nr. 80/987/EEG inzake', 'Richtlijn nr. 80/987/EEG', 'celex-31980L0987'],
    ['de richtlijn nr. 77/91/EEG (tweede)', 'richtlijn nr. 77/91/EEG', 'celex-31977L0091'],
    ['Council Directive No 93/13/EEC on', 'Directive No 93/13/EEC', 'celex-31993L0013'],
    ['Richtlijn nr. 2001/83/EG betreffende', 'Richtlijn nr. 2001/83/EG', 'celex-32001L0083'],
    ['Beschikking nr. 87/373/EEG van de Raad', 'Beschikking nr. 87/373/EEG', 'celex-31987D0373'],
    ['Beschikking nr. 88/91/EEG', 'Beschikking nr. 88/91/EEG', 'celex-31988D0091'],
    ['Beschikking nr. 2000/520/EG', 'Beschikking nr. 2000/520/EG', 'celex-32000D0520'],
    // Decisions numbered like regulations (joint decisions since 1994) stay number/year.
    ['Besluit nr. 1386/2013/EU', 'Besluit nr. 1386/2013/EU', 'celex-32013D1386'],
    ['Decision No 1110/94/EC', 'Decision No 1110/94/EC', 'celex-31994D1110'],
    ['Besluit nr. 1982/2006/EG (KP7)', 'Besluit nr. 1982/2006/EG', 'celex-32006D1982'],
    // Regulations keep number/year.
    ['Verordening (EEG) nr. 1408/71', 'Verordening (EEG) nr. 1408/71', 'celex-31971R1408'],
    ['Verordening (EEG) nr. 91/68 van', 'Verordening (EEG) nr. 91/68', 'celex-31968R0091'],
  ])('%s', (text, mark, id) => {
    expect(found(text)).toEqual([[mark, id]]);
  });

  it('gives no id rather than a guess where the year cannot be told', () => {
    // A directive's two-digit year needs an EU marker; "nr. 91/68" alone is no act.
    expect(ids('richtlijn nr. 91/68 van de gemeente')).toEqual([]);
    // A decision without its ending is usually national.
    expect(ids('Besluit nr. 87/373 van de minister')).toEqual([]);
  });
});

describe('framework decisions known by their number (type F whatever the act word)', () => {
  it.each([
    ['Decision 2002/475/JHA on combating terrorism', 'celex-32002F0475'],
    ['Besluit 2002/475/JBZ inzake terrorismebestrijding', 'celex-32002F0475'],
    ['het besluit 2002/584/JBZ (Europees aanhoudingsbevel)', 'celex-32002F0584'],
    ['Council Decision 2008/977/JHA', 'celex-32008F0977'],
    ['Raadsbesluit 2009/315/JBZ (ECRIS)', 'celex-32009F0315'],
    ['Decision 2003/80/JHA, annulled in C-176/03', 'celex-32003F0080'],
    ['Kaderbesluit 2008/913/JBZ', 'celex-32008F0913'],
    ['Framework Decision 2004/68/JHA', 'celex-32004F0068'],
    // Bare numbers after a decision word (eu-numbers.ts).
    ['Besluit van de Raad van 13 juni 2002 (2002/584/JBZ)', 'celex-32002F0584'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    // Decisions of the third pillar that are no framework decisions keep D.
    ['Council Decision 2008/615/JHA (Prüm)', 'celex-32008D0615'],
    ['Besluit 2009/316/JBZ (ECRIS)', 'celex-32009D0316'],
    ['Besluit 2005/671/JBZ van de Raad', 'celex-32005D0671'],
    ['Council Decision 2001/887/JHA on the euro', 'celex-32001D0887'],
    // A framework decision's number with another ending is no third-pillar act: the word decides.
    ['Beschikking 2002/475/EG', 'celex-32002D0475'],
    // A "Kaderbesluit" outside the list still says F.
    ['Kaderbesluit 2007/123/JBZ', 'celex-32007F0123'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('keeps a bare number without an act word unmarked', () => {
    expect(ids('zie 2002/475/JHA')).toEqual([]);
    expect(ids('Het besluit is oud. Zie 2002/475/JBZ')).toEqual([]);
  });
});

describe('bills named by the older words (wetsontwerp, ontwerp van wet)', () => {
  it.each([
    ['12 Wetsontwerp 16905 (klassieke grondrechten)', 'Wetsontwerp 16905', 'dossier-16905'],
    ['het wetsontwerp nr. 16 905 werd aanvaard', 'wetsontwerp nr. 16 905', 'dossier-16905'],
    ['bij wetsontwerp 19.403 is bepaald', 'wetsontwerp 19.403', 'dossier-19403'],
    ['De wetsontwerpen 20 800 zijn behandeld', 'wetsontwerpen 20 800', 'dossier-20800'],
    ['het ontwerp van wet 21309 tot wijziging', 'ontwerp van wet 21309', 'dossier-21309'],
    ['het Voorstel van wet 36101 is ingediend', 'Voorstel van wet 36101', 'dossier-36101'],
    ['het voorstel van rijkswet 36086 (R2128)', 'voorstel van rijkswet 36086', 'dossier-36086'],
  ])('%s', (text, mark, id) => {
    expect(found(text).filter(([, i]) => i === id)).toEqual([[mark, id]]);
  });

  it('reads each bill of an agenda list', () => {
    expect(
      ids('12 Wetsontwerp 16905 (klassieke grondrechten) 13 Wetsontwerp 16907 (lichaam)'),
    ).toEqual(['dossier-16905', 'dossier-16907']);
  });

  it('reads each number after a plural, and no amount in the list', () => {
    expect(found('De wetsontwerpen 16905, 16907 en 16908 zijn aanvaard')).toEqual([
      ['wetsontwerpen 16905', 'dossier-16905'],
      ['16907', 'dossier-16907'],
      ['16908', 'dossier-16908'],
    ]);
    expect(ids('de wetsvoorstellen 36101 of 36102-IV')).toEqual([
      'dossier-36101',
      'dossier-36102-IV',
    ]);
    expect(ids('de wetsontwerpen 16905 en 12 000 mensen')).toEqual(['dossier-16905']);
    // A singular names one bill: the number after "en" is not read as another.
    expect(ids('het wetsontwerp 16905 en 16907')).toEqual(['dossier-16905']);
  });

  it.each([
    ['an amount', 'het wetsontwerp 10.000 euro en wetsontwerp 25 000 mensen'],
    ['a number out of range', 'wetsontwerp 45000 en ontwerp van wet 9876'],
    ['a year', 'het wetsontwerp 2023 en het voorstel van wet 1998'],
    ['a word that only starts alike', 'de wetsontwerper 16905 en het ontwerp van wetten 16905'],
    ['a document number glued on', 'wetsontwerp 2024D34636'],
  ])('leaves %s unmarked', (_, text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('a dossier number in parentheses after a title that names no law', () => {
  it.each([
    [
      '- 12:00: Begroting Koninkrijksrelaties (35300-IV) (voortzetting)',
      '35300-IV',
      'dossier-35300-IV',
    ],
    ['• de Nota over de toestand van ’s Rijks Financiën (36200).', '36200', 'dossier-36200'],
    ['de behandeling van de Miljoenennota 2024 (36410);', '36410', 'dossier-36410'],
    ['de Voorjaarsnota 2023 (36350)', '36350', 'dossier-36350'],
    [
      'in verband met de implementatie van de herziene richtlijn betaaldiensten (34813).',
      '34813',
      'dossier-34813',
    ],
    ['Regels over het ondersteunen van burgers (36 107)', '36 107', 'dossier-36107'],
    ['Begroting Defensie (36200-X) (eerste termijn)', '36200-X', 'dossier-36200-X'],
  ])('%s', (text, mark, id) => {
    expect(found(text)).toEqual([[mark, id]]);
  });

  it.each([
    ['an amount with a dot', 'de Nota over de toestand van de financiën (12.000).'],
    ['an amount in a budget sentence', 'de begroting stijgt met (25000).'],
    ['a count after a title word', 'De Nota telt veel bladzijden (25000 woorden).'],
    ['a title word in another clause', 'De Nota is klaar; het aantal was (25000).'],
    ['a title word in the previous sentence', 'De Nota is klaar. Wij telden (25000).'],
    ['a title word not at a word start', 'de Begrotingsnotatie (25000).'],
    ['implementation of no EU act', 'de implementatie van het plan kost veel (25000).'],
    ['a number out of the dossier range', 'de Nota over de toestand (45000).'],
    ['a court case number', 'HR, 04-12-1996, nr. 30655'],
    ['a case number in parentheses', 'de Nota over de uitspraak (nr. 18 586).'],
    ['a postcode', 'Regels voor Den Haag (2511 CV).'],
    ['a year', 'Begroting 2024 (2024).'],
  ])('leaves %s unmarked', (_, text) => {
    expect(ids(text)).toEqual([]);
  });
});
