import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

// Issue 12, kinds of fault 7–10: the Aanhangsel without its chamber, Unicode inside citations, EU
// acts in all their forms, and the Staatsblad, Staatscourant and Tractatenblad.

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

describe('Handelingen and the Aanhangsel (kind 7)', () => {
  it.each([
    ['Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 512', 'ah-tk-20232024-512'],
    ['Aanhangsel Handelingen 2023/24, nr. 512', 'ah-tk-20232024-512'],
    ['Aanhangsel Handelingen I 2023/24, nr. 5', 'ah-ek-20232024-5'],
    ['Aanhangsel van de Handelingen Tweede Kamer 2019-2020, nr. 1802', 'ah-tk-20192020-1802'],
    ['Handelingen I 2019/20, nr. 12, item 7', 'h-ek-20192020-12-7'],
    ['Handelingen II 2019/20, 35 300 VI, nr. 47, item 9', 'h-tk-20192020-47-9'],
    ['Handelingen Tweede Kamer 2019-2020, nr. 47, item 9', 'h-tk-20192020-47-9'],
    ['Hand. II 2019/20, nr. 47, item 9', 'h-tk-20192020-47-9'],
    ['h-tk-20192020-47-9', 'h-tk-20192020-47-9'],
    ['HTK 2019/20, nr. 12, item 4', 'h-tk-20192020-12-4'],
    ['HEK 2019/20, nr. 12, item 4', 'h-ek-20192020-12-4'],
    ['HTK, vergaderjaar 2019-2020, nr. 12, item 4', 'h-tk-20192020-12-4'],
    ['Parliamentary Proceedings II 2022/23, no. 78, item 23', 'h-tk-20222023-78-23'],
    ['Proceedings I 2022/23, no. 78, item 23', 'h-ek-20222023-78-23'],
    ['Parliamentary Proceedings, Senate 2019/20, no. 12, item 4', 'h-ek-20192020-12-4'],
    ['Proceedings House of Representatives 2019/20, no. 12, item 4', 'h-tk-20192020-12-4'],
    ['Appendix to the Proceedings II 2019/20, no. 512', 'ah-tk-20192020-512'],
  ])('%s → %s', (text, id) => {
    expect(ids(`Zie ${text}.`)).toEqual([id]);
  });

  it.each([
    ['Handelingen II 2022/23, nr. 78, items 4 en 5', ['4', '5']],
    ['Handelingen II 2022/23, nr. 78, items 4-6', ['4', '5', '6']],
    ['Handelingen II 2022/23, nr. 78, items 4 t/m 6', ['4', '5', '6']],
    ['Handelingen II 2022/23, nr. 78, item 4 en 7', ['4', '7']],
    ['Handelingen II 2022/23, nr. 78, items 4, 5 en 9', ['4', '5', '9']],
    ['Handelingen II 2022/23, nr. 78, items 4 tot en met 6', ['4', '5', '6']],
    ['HTK 2022/23, nr. 78, items 4 en 5', ['4', '5']],
    ['Parliamentary Proceedings II 2022/23, no. 78, items 4 and 5', ['4', '5']],
  ])('gives every item of a list or range: %s', (text, items) => {
    expect(ids(`Zie ${text}.`)).toEqual(items.map((n) => `h-tk-20222023-78-${n}`));
  });

  it('spans items as numbers of a range', () => {
    expect(found('Handelingen II 2022/23, nr. 78, items 4–6.')).toEqual([
      ['Handelingen II 2022/23, nr. 78, items 4', 'h-tk-20222023-78-4'],
      ['4–6', 'h-tk-20222023-78-5'],
      ['6', 'h-tk-20222023-78-6'],
    ]);
  });

  it.each([
    ['a date', 'Handelingen II 2022/23, nr. 78, item 4 en 12 mei was er niets', ['4']],
    ['a decimal', 'Handelingen II 2022/23, nr. 78, item 4 en 5,5 procent', ['4']],
    ['a year', 'Handelingen II 2022/23, nr. 78, item 4 - 2023', ['4']],
    ['a range backwards', 'Handelingen II 2022/23, nr. 78, items 6-4', ['6']],
  ])('reads no item list into %s', (_, text, items) => {
    expect(ids(text)).toEqual(items.map((n) => `h-tk-20222023-78-${n}`));
  });

  it('needs the Handelingen shape after the abbreviations and the English names', () => {
    for (const text of [
      'The proceedings I attended in 2019/20, no. 12, item 4',
      'proceedings 2019/20, no. 12, item 4',
      'HTK 2019/20, p. 1234',
      'HTK-2019/20 12 4',
      'the HTK 2019 report, no. 12, item 4',
      // In English an Aanhangsel without its chamber may be either chamber's.
      'Appendix to the Proceedings 2019/20, no. 512',
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });
});

describe('Unicode inside citations (kind 8)', () => {
  it.each([
    ['thin space', 'Kamerstuk 26\u2009643, nr. 1011', 'kst-26643-1011'],
    ['narrow no-break space', 'Kamerstuk 26\u202f643, nr.\u202f1011', 'kst-26643-1011'],
    ['figure space', 'Kamerstuk 26\u2007643, nr. 1011', 'kst-26643-1011'],
    ['zero-width space in a number', 'Kamerstuk 26 643, nr. 10\u200b11', 'kst-26643-1011'],
    ['word joiner', 'Kamerstuk 26\u2060643, nr. 1011', 'kst-26643-1011'],
    ['soft hyphen in the keyword', 'Kamer\u00adstukken II 2019/20, 35 300, nr. 7', 'kst-35300-7'],
    ['zero-width joiner', 'Stb.\u200d 2023, 512', 'stb-2023-512'],
  ])('%s', (_, text, id) => {
    const all = detect(`Zie ${text} hier.`);
    expect(all.map((d) => d.id)).toEqual([id]);
    // The span and text are those of the original string, invisible characters included.
    expect(all[0]?.text).toBe(text);
    expect(all[0]?.start).toBe(4);
  });

  it('never splits a number at an invisible character', () => {
    expect(ids('Kamerstuk 26 643, nr. 10\u200b11')).not.toContain('kst-26643-10');
  });
});

describe('EU acts (kind 9)', () => {
  it.each([
    ['Kaderbesluit 2008/913/JBZ', 'celex-32008F0913'],
    ['Council Framework Decision 2008/977/JHA', 'celex-32008F0977'],
    ['Framework Decision 2004/68/JHA', 'celex-32004F0068'],
    ['Verordening (EU, Euratom) 2024/2509', 'celex-32024R2509'],
    ['Regulation (EU, Euratom) 2018/1046', 'celex-32018R1046'],
    ['Besluit nr. 1386/2013/EU', 'celex-32013D1386'],
    ['Besluit nr. 1247/2002/EG', 'celex-32002D1247'],
    ['Beschikking 2000/520/EG van de Commissie', 'celex-32000D0520'],
    ['Richtlijn (EU) 2016/680', 'celex-32016L0680'],
    ['Verordening (EU) 2016/679 (AVG)', 'celex-32016R0679'],
    ['Directive 95/46/EC', 'celex-31995L0046'],
    ['Uitvoeringsverordening (EU) 2019/947', 'celex-32019R0947'],
    ['Gedelegeerde Verordening (EU) 2019/945', 'celex-32019R0945'],
    ['Besluit (GBVB) 2022/266', 'celex-32022D0266'],
    ['CELEX 32016R0679', 'celex-32016R0679'],
    ['CELEX-nummer 32016R0679', 'celex-32016R0679'],
    ['de AVG (32016R0679)', 'celex-32016R0679'],
    ['https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679', 'celex-32016R0679'],
    ['https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=celex%3A32002L0058', 'celex-32002L0058'],
    ['https://eur-lex.europa.eu/eli/reg/2016/679/oj', 'celex-32016R0679'],
    ['https://eur-lex.europa.eu/eli/dir/2016/680/oj', 'celex-32016L0680'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    [
      'Verordeningen (EG) nr. 1/2003 en (EG) nr. 139/2004',
      ['celex-32003R0001', 'celex-32004R0139'],
    ],
    [
      'Regulations (EU) No 1303/2013 and (EU) No 1305/2013',
      ['celex-32013R1303', 'celex-32013R1305'],
    ],
    ['Richtlijnen 2014/24/EU en 2014/25/EU', ['celex-32014L0024', 'celex-32014L0025']],
    [
      'Directives 2014/23/EU, 2014/24/EU and 2014/25/EU',
      ['celex-32014L0023', 'celex-32014L0024', 'celex-32014L0025'],
    ],
  ])('gives each act of a list: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('marks a list item by its own number', () => {
    expect(found('Verordeningen (EG) nr. 1/2003 en (EG) nr. 139/2004')[1]).toEqual([
      '(EG) nr. 139/2004',
      'celex-32004R0139',
    ]);
  });

  it('leaves a EUR-Lex page that names no act unmarked, and its words', () => {
    expect(ids('https://eur-lex.europa.eu/homepage.html?locale=nl verordening')).toEqual([]);
  });
});

describe('Staatsblad, Staatscourant, Tractatenblad (kind 10)', () => {
  it.each([
    ['Stb. 2023, 512', 'staatsblad', 'stb-2023-512'],
    ['Stb. 2019, 123', 'staatsblad', 'stb-2019-123'],
    ['Stb 2019, nr. 123', 'staatsblad', 'stb-2019-123'],
    ['Staatsblad 2023, nr. 512', 'staatsblad', 'stb-2023-512'],
    ['Staatsblad van het Koninkrijk der Nederlanden 2023, 512', 'staatsblad', 'stb-2023-512'],
    ['Stcrt. 2019, 12345', 'staatscourant', 'stcrt-2019-12345'],
    ['Staatscourant 2022, nr. 30178', 'staatscourant', 'stcrt-2022-30178'],
    ['Stcrt. 12 mei 2022, nr. 12345', 'staatscourant', 'stcrt-2022-12345'],
    ['Trb. 2019, 74', 'tractatenblad', 'trb-2019-74'],
    ['Tractatenblad 2005, nr. 197', 'tractatenblad', 'trb-2005-197'],
    ['https://zoek.officielebekendmakingen.nl/stb-2023-512.html', 'staatsblad', 'stb-2023-512'],
    ['stcrt-2022-30178', 'staatscourant', 'stcrt-2022-30178'],
    ['Official Gazette (Staatsblad) 2023, 512', 'staatsblad', 'stb-2023-512'],
    ['Bulletin of Acts and Decrees (Staatsblad) 2023, 512', 'staatsblad', 'stb-2023-512'],
    ['Bulletin of Acts and Decrees 2023, 512', 'staatsblad', 'stb-2023-512'],
    ['Bulletin of Acts, Orders and Decrees 2019, 12', 'staatsblad', 'stb-2019-12'],
    ['Staatsblad (Bulletin of Acts and Decrees) 2023, 512', 'staatsblad', 'stb-2023-512'],
    ['Government Gazette (Staatscourant) 2022, 30178', 'staatscourant', 'stcrt-2022-30178'],
    ['Government Gazette 2022, no. 30178', 'staatscourant', 'stcrt-2022-30178'],
    ['Official Gazette (Stcrt.) 2022, 30178', 'staatscourant', 'stcrt-2022-30178'],
    ['Treaty Series (Tractatenblad) 2019, 74', 'tractatenblad', 'trb-2019-74'],
    ['Treaty Series of the Kingdom of the Netherlands 2019, 74', 'tractatenblad', 'trb-2019-74'],
    [
      'Official Gazette of the Kingdom of the Netherlands (Staatsblad) 2023, 512',
      'staatsblad',
      'stb-2023-512',
    ],
  ])('%s → %s', (text, kind, id) => {
    expect(detect(`Zie ${text}.`)).toEqual([expect.objectContaining({ text, kind, id })]);
  });

  it('gives each number of one year', () => {
    expect(ids('Stb. 2016, 94 en 95')).toEqual(['stb-2016-94', 'stb-2016-95']);
    expect(ids('Stb. 2023, 512, 513 en 514')).toEqual([
      'stb-2023-512',
      'stb-2023-513',
      'stb-2023-514',
    ]);
    expect(ids('Stcrt. 2019, 12, 13, 14 and 15')).toEqual([
      'stcrt-2019-12',
      'stcrt-2019-13',
      'stcrt-2019-14',
      'stcrt-2019-15',
    ]);
    // A comma and a number the sentence goes on with are no list ("Stb. 2016, 94, 2017 en").
    expect(ids('Stb. 2016, 94, 2017 en de wet')).toEqual(['stb-2016-94']);
    expect(ids('Stb. 2016, 94, 12 leden stemden')).toEqual(['stb-2016-94']);
    // A number of another year is never read as one of the first year's; with the year
    // repeated it is that year's (issue 12: "Trb. 1998, 170 en 1999, 110").
    expect(ids('Stb. 2019, 123 en 2020, 45')).toEqual(['stb-2019-123', 'stb-2020-45']);
    // A year in the sentence after "en" is no further number.
    expect(ids('Stb. 2016, 94 en 2017 werd de wet gewijzigd')).toEqual(['stb-2016-94']);
    expect(ids('Trb. 1998, 170 en 1999.')).toEqual(['trb-1998-170']);
    expect(ids('Stcrt. 2019, 12 en 2017 volgde')).toEqual(['stcrt-2019-12']);
    // Staatscourant numbers run to tens of thousands: a bare one in a list stays a number.
    expect(ids('Stcrt. 2019, 64418 en 2017')).toEqual(['stcrt-2019-64418', 'stcrt-2019-2017']);
  });

  it('reads English names only where they name one Dutch series', () => {
    expect(ids('Bulletin of Acts and Decrees 2023, 512 and 513')).toEqual([
      'stb-2023-512',
      'stb-2023-513',
    ]);
    for (const text of [
      // Other countries' gazettes and the United Nations' treaties.
      'Official Gazette 2023, 512',
      'Treaty Series 2019, 74',
      'Treaty Series of the United Nations 2019, 74',
      // The Kingdom's "Official Gazette" is the Staatsblad or the Staatscourant.
      'Official Gazette of the Kingdom of the Netherlands 2023, 512',
      'Official Journal (L) 2023, 512',
      // Names that disagree.
      'Government Gazette (Staatsblad) 2023, 5',
      'Official Gazette (Tractatenblad) 2019, 74',
      'Treaty Series (Staatsblad) 2019, 74',
      // No year and number after the name.
      'the Government Gazette of 12 May',
      'Bulletin of Acts and Decrees 2006/07',
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });

  it('reads older officielebekendmakingen addresses', () => {
    expect(ids('https://zoek.officielebekendmakingen.nl/kst-20072008-30881-B.html')).toEqual([
      'kst-30881-B',
    ]);
    expect(ids('kst-20182019-35000-B')).toEqual(['kst-35000-B']);
  });

  it('reads addresses of the dossier views, with a folder before the id', () => {
    const site = 'https://zoek.officielebekendmakingen.nl';
    expect(ids(`${site}/dossier/kst-20072008-30881-B.html`)).toEqual(['kst-30881-B']);
    expect(ids(`${site}/behandelddossier/kst-36410-V-13.html`)).toEqual(['kst-36410-V-13']);
    expect(ids(`${site}/dossier/h-tk-20192020-31-8.html`)).toEqual(['h-tk-20192020-31-8']);
    // The folder alone, or before something that is no id, stays what it was.
    expect(ids(`${site}/dossier/34843`)).toEqual(['dossier-34843']);
    expect(ids(`${site}/dossier/zoeken?q=36410`)).toEqual([]);
  });

  it("reads a Commission proposal in EUR-Lex's older addresses", () => {
    const old = 'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=';
    expect(ids(`${old}COM%3A2007%3A0291%3AFIN%3ANL%3AHTML`)).toEqual(['celex-52007PC0291']);
    expect(ids(`${old}COM:2022:0209:FIN:EN:PDF`)).toEqual(['celex-52022PC0209']);
    expect(ids(`${old}OJ:L:2016:119:TOC`)).toEqual([]);
  });
});
