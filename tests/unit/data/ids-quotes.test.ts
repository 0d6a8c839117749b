import { describe, expect, it } from 'vitest';
import { dossierKeyOf, idKind, motionSlugId } from '../../../src/core/data/ids';
import { isFullDate, isPartialDate, vergaderjaarOf } from '../../../src/core/data/dates';
import { checkSeedQuotes, quoteOccurs, seedForms, wordCount } from '../../../src/core/data/quotes';

describe('canonical id grammar', () => {
  it.each([
    ['kst-26643-1011', 'kamerstuk'],
    ['kst-36200-VI-5', 'kamerstuk'],
    ['kst-21501-33-1012', 'kamerstuk'],
    ['kst-36244-C', 'kamerstuk'],
    ['h-tk-20222023-78-23', 'handelingen'],
    ['h-ek-20232024-12-4', 'handelingen'],
    ['ah-tk-20242025-1028', 'aanhangsel'],
    ['dossier-34843', 'dossier'],
    ['dossier-36200-VI', 'dossier'],
    ['motie-van-ginneken', 'motie'],
    ['celex-32021R1232', 'eu-act'],
    ['celex-52022PC0209', 'eu-act'],
    ['term-end-to-end-encryptie', 'term'],
    ['ev-commissievoorstel', 'event'],
  ])('%s is a %s id', (id, kind) => {
    expect(idKind(id)).toBe(kind);
  });

  it.each([
    'kst-26 643-1011',
    'kst-26643',
    'h-tk-2022-2023-78-23',
    'h-tk-20222024-78-23',
    'ah-tk-20242025',
    'term-Detectiebevel',
    'term-',
    'celex-2021/1232',
    'Kamerstuk 26643',
  ])('%s fits no kind', (id) => {
    expect(idKind(id)).toBeUndefined();
  });

  it('knows the dossier of a Kamerstuk and slugs unnumbered motions', () => {
    expect(dossierKeyOf('kst-21501-33-1012')).toBe('21501-33');
    expect(dossierKeyOf('kst-36200-VI-5')).toBe('36200-VI');
    expect(dossierKeyOf('kst-26643-1011')).toBe('26643');
    expect(motionSlugId(['Dekker-Abdulaziz'])).toBe('motie-dekker-abdulaziz');
    expect(motionSlugId(['Van Raan', 'Kathmann'])).toBe('motie-van-raan-kathmann');
  });
});

describe('dates', () => {
  it('accepts real days, months and years only', () => {
    expect(isFullDate('2024-02-29')).toBe(true);
    expect(isFullDate('2023-02-29')).toBe(false);
    expect(isPartialDate('2022-07')).toBe(true);
    expect(isPartialDate('2022-13')).toBe(false);
    expect(isPartialDate('2022')).toBe(true);
  });

  it('puts a day in its vergaderjaar, which starts on Prinsjesdag', () => {
    expect(vergaderjaarOf('2024-09-16')).toBe('2023-2024'); // Prinsjesdag 2024 was 17 September
    expect(vergaderjaarOf('2024-09-17')).toBe('2024-2025');
    expect(vergaderjaarOf('2023-06-28')).toBe('2022-2023');
  });
});

describe('seed quotes', () => {
  const seed = 'Het detectie-\nbevel van het nieuwe EU-\ncentrum,   zo **zegt** men.';

  it('matches across line breaks, hyphenation and emphasis marks', () => {
    const forms = seedForms(seed);
    expect(quoteOccurs('Het detectiebevel van het nieuwe', forms)).toBe(true);
    expect(quoteOccurs('het nieuwe EU-centrum, zo zegt men.', forms)).toBe(true);
    expect(quoteOccurs('het nieuwe EU-centrum zei', forms)).toBe(false);
  });

  it('reports a quote that is not in its seed, and a seed that is not supplied', () => {
    const files = {
      'data/x.json': {
        items: [
          { seed: 'a.txt', quotes: ['Het detectiebevel', 'verzonnen woorden'] },
          { seed: 'b.txt', quote: 'iets' },
        ],
      },
    };
    expect(checkSeedQuotes(files, { 'a.txt': seed })).toEqual([
      { file: 'data/x.json', path: '/items/0/quotes/1', message: 'does not occur in a.txt' },
      { file: 'data/x.json', path: '/items/1/quote', message: 'seed "b.txt" is not available' },
    ]);
  });

  it('counts words by whitespace', () => {
    expect(wordCount('  een twee\ndrie  ')).toBe(3);
  });
});
