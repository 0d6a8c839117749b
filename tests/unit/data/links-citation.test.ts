import { describe, expect, it } from 'vitest';
import { formatCitation, dossierNumber, shortYear } from '../../../src/core/data/citation';
import { officialLink } from '../../../src/core/data/links';

describe('officialLink', () => {
  it.each([
    ['kst-26643-1011', 'https://zoek.officielebekendmakingen.nl/kst-26643-1011.html'],
    ['kst-36200-VI-5', 'https://zoek.officielebekendmakingen.nl/kst-36200-VI-5.html'],
    ['kst-21501-33-1012', 'https://zoek.officielebekendmakingen.nl/kst-21501-33-1012.html'],
    ['h-tk-20222023-78-23', 'https://zoek.officielebekendmakingen.nl/h-tk-20222023-78-23.html'],
    ['ah-tk-20242025-1028', 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1028.html'],
    ['dossier-34843', 'https://zoek.officielebekendmakingen.nl/dossier/34843'],
    ['dossier-36200-VI', 'https://zoek.officielebekendmakingen.nl/dossier/36200-VI'],
    ['celex-32021R1232', 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021R1232'],
    ['stb-2023-512', 'https://zoek.officielebekendmakingen.nl/stb-2023-512'],
    ['stcrt-2022-30178', 'https://zoek.officielebekendmakingen.nl/stcrt-2022-30178'],
    ['trb-2019-74', 'https://zoek.officielebekendmakingen.nl/trb-2019-74'],
  ])('%s → %s', (id, url) => {
    expect(officialLink(id)).toBe(url);
  });

  it.each(['term-detectiebevel', 'motie-kathmann', 'ev-commissievoorstel', 'kst-26 643-1011', ''])(
    '%s has no official link',
    (id) => {
      expect(officialLink(id)).toBeUndefined();
    },
  );
});

describe('formatCitation', () => {
  it.each([
    ['kst-32317-906', '2024-2025', 'Kamerstukken II 2024/25, 32 317, nr. 906'],
    ['kst-22112-3455', '2021-2022', 'Kamerstukken II 2021/22, 22 112, nr. 3455'],
    ['kst-36200-VI-5', '2022-2023', 'Kamerstukken II 2022/23, 36 200 VI, nr. 5'],
    ['kst-21501-33-1012', '2022-2023', 'Kamerstukken II 2022/23, 21 501-33, nr. 1012'],
    ['kst-36244-C', '2023-2024', 'Kamerstukken I 2023/24, 36 244, C'],
    ['kst-25443-5', '1999-2000', 'Kamerstukken II 1999/2000, 25 443, nr. 5'],
  ])('%s in %s → %s', (id, vergaderjaar, citation) => {
    expect(formatCitation(id, { vergaderjaar })).toBe(citation);
  });

  it('falls back to "Kamerstuk" without a known vergaderjaar', () => {
    expect(formatCitation('kst-34843-112')).toBe('Kamerstuk 34 843, nr. 112');
    expect(formatCitation('kst-34843-112', {})).toBe('Kamerstuk 34 843, nr. 112');
  });

  it.each([
    ['h-tk-20222023-78-23', 'Handelingen II 2022/23, nr. 78, item 23'],
    ['h-ek-20232024-12-4', 'Handelingen I 2023/24, nr. 12, item 4'],
    ['ah-tk-20242025-1028', 'Aanhangsel Handelingen II 2024/25, nr. 1028'],
    ['dossier-34843', 'Kamerstukken 34 843'],
    ['celex-32021R1232', 'Verordening (EU) 2021/1232'],
    ['celex-32002L0058', 'Richtlijn 2002/58/EG'],
    ['celex-32016L0680', 'Richtlijn (EU) 2016/680'],
    ['celex-32012R1215', 'Verordening (EU) nr. 1215/2012'],
    ['celex-52022PC0209', 'COM(2022) 209'],
    ['celex-62014CJ0362', 'CELEX 62014CJ0362'],
    ['celex-32008F0913', 'Kaderbesluit 2008/913/JBZ'],
    ['stb-2023-512', 'Stb. 2023, 512'],
    ['stcrt-2022-30178', 'Stcrt. 2022, 30178'],
    ['trb-2019-74', 'Trb. 2019, 74'],
  ])('%s → %s', (id, citation) => {
    expect(formatCitation(id)).toBe(citation);
  });

  it('has no citation for terms, unnumbered motions and malformed ids', () => {
    expect(formatCitation('term-detectiebevel')).toBeUndefined();
    expect(formatCitation('motie-kathmann')).toBeUndefined();
    expect(formatCitation('h-tk-20222024-78-23')).toBeUndefined();
  });

  it('groups dossier numbers and shortens vergaderjaren', () => {
    expect(dossierNumber('9999')).toBe('9999');
    expect(dossierNumber('123456')).toBe('123 456');
    expect(shortYear('2024-2025')).toBe('2024/25');
    expect(shortYear('1999-2000')).toBe('1999/2000');
  });
});
