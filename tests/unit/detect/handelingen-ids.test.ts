import { describe, expect, it } from 'vitest';
import { detect, found, only } from './helpers';

describe('Handelingen and Aanhangsel', () => {
  it.each([
    ['Handelingen II 2022/23, nr. 78, item 23', 'h-tk-20222023-78-23'],
    ['Handelingen II 2021/22, nr. 100, item 28', 'h-tk-20212022-100-28'],
    ['Handelingen II, 2022-2023, nr. 78, item 23', 'h-tk-20222023-78-23'],
    ['Handelingen II 2022–2023, nr. 78, item 23', 'h-tk-20222023-78-23'],
    ['Handelingen I 2023/24, nr. 5, item 3', 'h-ek-20232024-5-3'],
    ['Hand. II 2022/23, nr. 78, item 23', 'h-tk-20222023-78-23'],
  ])('%s → %s', (text, id) => {
    expect(only(`(${text})`)).toMatchObject({ text, kind: 'handelingen', id });
  });

  it.each([
    ['Aanhangsel Handelingen II 2024/25, nr. 1028', 'ah-tk-20242025-1028'],
    ['Aanhangsel van de Handelingen II 2024-2025, nr. 1028', 'ah-tk-20242025-1028'],
    ['Aanh. Hand. II 2024/25, nr. 1028', 'ah-tk-20242025-1028'],
    ['Aanhangsel Handelingen I 2023/24, nr. 12', 'ah-ek-20232024-12'],
  ])('%s → %s', (text, id) => {
    expect(only(`Zie ${text}.`)).toMatchObject({ text, kind: 'aanhangsel', id });
  });

  it('does not mark Handelingen without an item, or a vergaderjaar that is not one', () => {
    expect(detect('Handelingen II 2022/23, nr. 78')).toEqual([]);
    expect(detect('Handelingen II 2022/24, nr. 78, item 23')).toEqual([]);
  });
});

describe('officielebekendmakingen ids and URLs', () => {
  it.each([
    ['kst-34843-114', 'kamerstuk'],
    ['kst-21501-33-1012', 'kamerstuk'],
    ['kst-36600-VII-5', 'kamerstuk'],
    ['h-tk-20222023-78-23', 'handelingen'],
    ['ah-tk-20242025-1028', 'aanhangsel'],
  ])('%s', (id, kind) => {
    expect(only(`id ${id}.`)).toMatchObject({ text: id, kind, id });
  });

  it('marks a URL whole, with the id of the document', () => {
    const url = 'https://zoek.officielebekendmakingen.nl/kst-32317-977.html';
    expect(found(`Bron: ${url} (geraadpleegd)`)).toEqual([[url, 'kst-32317-977']]);
    expect(found('zoek.officielebekendmakingen.nl/h-tk-20222023-78-23.pdf')).toEqual([
      ['zoek.officielebekendmakingen.nl/h-tk-20222023-78-23.pdf', 'h-tk-20222023-78-23'],
    ]);
    expect(found('https://zoek.officielebekendmakingen.nl/dossier/34843')).toEqual([
      ['https://zoek.officielebekendmakingen.nl/dossier/34843', 'dossier-34843'],
    ]);
  });

  it('does not take an id out of a longer word', () => {
    expect(detect('xkst-34843-114 and kst-34843-114x')).toEqual([]);
  });
});

describe('EU acts', () => {
  it.each([
    ['Verordening (EU) 2021/1232', 'celex-32021R1232'],
    ['verordening (EU) 2016/679', 'celex-32016R0679'],
    ['Verordening (EG) nr. 45/2001', 'celex-32001R0045'],
    ['Regulation (EU) 2022/2065', 'celex-32022R2065'],
    ['Richtlijn 2002/58/EG', 'celex-32002L0058'],
    ['Richtl\u0133n 2002/58/EG', 'celex-32002L0058'],
    ['Richtlijn 95/46/EG', 'celex-31995L0046'],
    ['Directive 2002/58/EC', 'celex-32002L0058'],
    ['Richtlijn (EU) 2019/790', 'celex-32019L0790'],
    ['Besluit (EU) 2022/2481', 'celex-32022D2481'],
    ['COM(2022) 209', 'celex-52022PC0209'],
    ['COM (2022) 209', 'celex-52022PC0209'],
    ['COM/2022/209', 'celex-52022PC0209'],
    ['CELEX:32021R1232', 'celex-32021R1232'],
  ])('%s → %s', (text, id) => {
    expect(only(`Zie ${text} final.`)).toMatchObject({ text, kind: 'eu-act', id });
  });

  it('is not fooled by web addresses or national decisions', () => {
    expect(detect('www.example.com/2022/209 en Besluit 12/345')).toEqual([]);
  });
});
