import { describe, expect, it } from 'vitest';
import { knowledgeBase, toLexicon } from '../../../src/core/data';
import { createDetector } from '../../../src/core/detect';
import { detect, found } from './helpers';

/** The bundled data's motions: Kathmann c.s. of 2024 and of 2025 share their names. */
const bundled = createDetector(toLexicon(knowledgeBase));
const foundInData = (text: string) => bundled(text).map((d) => [d.text, d.id]);

describe('motions by name', () => {
  it.each([
    ['motie-Van Raan c.s.', 'kst-26643-885'],
    ['motie-Van Raan', 'kst-26643-885'],
    ['motie Van Raan c.s.', 'kst-26643-885'],
    ['motie van het lid Van Ginneken c.s.', 'kst-26643-1011'],
    ['motie-Van Ginneken c.s.', 'kst-26643-1011'],
    ['motie-Dekker-Abdulaziz', 'kst-32317-856'],
    ['motie Dekker Abdulaziz c.s.', 'kst-32317-856'],
    ['motie van de leden Kathmann en Six Dijkstra', 'kst-32317-999'],
  ])('%s → %s', (text, id) => {
    expect(found(`Gelet op de ${text}, besluit het kabinet`)).toEqual([[text, id]]);
  });

  it('reads a name broken over two lines', () => {
    expect(found('de motie-Van \nGinneken c.s. verzoekt')).toEqual([
      ['motie-Van \nGinneken c.s.', 'kst-26643-1011'],
    ]);
  });

  it('does not guess between two motions of the same member', () => {
    expect(found('de motie-Kathmann c.s.')).toEqual([['motie-Kathmann c.s.', 'motie-kathmann']]);
  });

  it('tells two motions of the same member apart by the day the page names', () => {
    // FACTS.md: Kathmann c.s. of 9 October 2024 (32 317, nr. 891) and of 25 November 2025.
    expect(foundInData('de motie-Kathmann c.s. van 25 november 2025 vroeg')).toEqual([
      ['motie-Kathmann c.s.', 'motie-kathmann-2025-11-25'],
    ]);
    expect(foundInData('de motie-Kathmann c.s. van 9 okt. 2024')).toEqual([
      ['motie-Kathmann c.s.', 'kst-32317-891'],
    ]);
    expect(foundInData('de motie van het lid Kathmann c.s. d.d. 9 oktober 2024')).toEqual([
      ['motie van het lid Kathmann c.s.', 'kst-32317-891'],
    ]);
    expect(foundInData('the Kathmann motion, motie-Kathmann of 25 November 2025,')).toEqual([
      ['motie-Kathmann', 'motie-kathmann-2025-11-25'],
    ]);
    // The day with its weekday, in parentheses, or in figures (a fresh reader's forms).
    for (const text of [
      'de motie-Kathmann c.s. van dinsdag 25 november 2025',
      'de motie-Kathmann c.s. (25 november 2025)',
      'de motie-Kathmann c.s. van 25-11-2025',
      'de motie-Kathmann c.s. van di. 25 nov. 2025',
    ]) {
      expect(foundInData(text)[0]?.[1], text).toBe('motie-kathmann-2025-11-25');
    }
    expect(foundInData('de moties van Raan c.s. en Kathmann c.s. van 9 oktober 2024')).toEqual([
      ['moties van Raan c.s.', 'kst-26643-885'],
      ['Kathmann c.s.', 'kst-32317-891'],
    ]);
  });

  it('still does not guess where the named day fits neither or is no day', () => {
    for (const text of [
      'de motie-Kathmann c.s. van 3 maart 2023',
      'de motie-Kathmann c.s. van 32 november 2025',
      'de motie-Kathmann c.s. van november 2025',
      'de motie-Kathmann c.s. van 25 brumaire 2025',
      'de motie-Kathmann c.s. van morgen 25 november 2025',
      'de motie-Kathmann c.s. van 25-13-2025',
      'de motie-Kathmann c.s. (2025)',
    ]) {
      expect(foundInData(text).find(([t]) => t?.startsWith('motie'))?.[1], text).toBe(
        'motie-kathmann',
      );
    }
  });

  it('gives an unknown member in a clear form a slug id', () => {
    expect(found('de motie-Jansen')).toEqual([['motie-Jansen', 'motie-jansen']]);
    expect(found('de motie van het lid De Vries c.s.')).toEqual([
      ['motie van het lid De Vries c.s.', 'motie-de-vries'],
    ]);
  });

  it('reads two members joined by "/" as one motion with both names', () => {
    expect(found('de motie-Omtzigt/Van Weyenberg werd aangenomen')).toEqual([
      ['motie-Omtzigt/Van Weyenberg', 'motie-omtzigt-van-weyenberg'],
    ]);
    expect(found('de motie-Omtzigt / Van Weyenberg c.s. werd aangenomen')).toEqual([
      ['motie-Omtzigt / Van Weyenberg c.s.', 'motie-omtzigt-van-weyenberg'],
    ]);
    // The same id as the names joined by "en", and the known motion of both names.
    expect(found('de motie van de leden Omtzigt en Van Weyenberg')[0]?.[1]).toBe(
      'motie-omtzigt-van-weyenberg',
    );
    // Without the hyphen the "/" between two names still makes it a motion's.
    expect(found('de motie Omtzigt/Van Weyenberg werd aangenomen')).toEqual([
      ['motie Omtzigt/Van Weyenberg', 'motie-omtzigt-van-weyenberg'],
    ]);
    expect(found('de motie-Kathmann/Six Dijkstra')).toEqual([
      ['motie-Kathmann/Six Dijkstra', 'kst-32317-999'],
    ]);
    expect(found('de motie-Omtzigt/Van Weyenberg (35300-VI-12)')).toEqual([
      ['motie-Omtzigt/Van Weyenberg (35300-VI-12)', 'kst-35300-VI-12'],
    ]);
  });

  it('joins no other motion or word by "/"', () => {
    // An "en" after "A/B" is no third name of the same motion.
    expect(found('de motie-Omtzigt/Van Weyenberg en Van Raan')[0]).toEqual([
      'motie-Omtzigt/Van Weyenberg',
      'motie-omtzigt-van-weyenberg',
    ]);
    expect(found('de motie-Omtzigt/de regering')).toEqual([['motie-Omtzigt', 'motie-omtzigt']]);
    // Only names: an abbreviation after "/" is none.
    expect(detect('de motie Omtzigt/NAVO werd aangenomen')).toEqual([]);
    expect(detect('de motie Omtzigt werd aangenomen')).toEqual([]);
  });

  it('needs a clear form for an unknown name', () => {
    expect(detect('De motie Nederland wil')).toEqual([]);
    expect(detect('De motie verzoekt de regering')).toEqual([]);
  });

  it('gives each motion of a plural list its own detection, with citations in between', () => {
    expect(found('de moties van Raan c.s. en\nKathmann c.s., geen ruimte')).toEqual([
      ['moties van Raan c.s.', 'kst-26643-885'],
      ['Kathmann c.s.', 'motie-kathmann'],
    ]);
    expect(
      found(
        'de moties Van Ginneken c.s. (Kamerstuk 26 643, nr. 1011) en Dekker Abdulaziz c.s. (Kamerstuk 32 317, nr. 856) (Kamerstuk 34 843, nr. 112).',
      ),
    ).toEqual([
      ['moties Van Ginneken c.s. (Kamerstuk 26 643, nr. 1011)', 'kst-26643-1011'],
      ['Dekker Abdulaziz c.s. (Kamerstuk 32 317, nr. 856)', 'kst-32317-856'],
      ['Kamerstuk 34 843, nr. 112', 'kst-34843-112'],
    ]);
  });

  it('finds a motion named after its submitting member', () => {
    expect(found('de door het lid Van Ginneken c.s. ingediende motie laat')).toEqual([
      ['het lid Van Ginneken c.s. ingediende motie', 'kst-26643-1011'],
    ]);
    expect(detect('verzocht door het lid Van Ginneken, informeer ik')).toEqual([]);
  });

  it('joins a citation of its number after the motion into one mark', () => {
    expect(found('de motie-Van Raan (Kamerstuk 26 643, nr. 885)')).toEqual([
      ['motie-Van Raan (Kamerstuk 26 643, nr. 885)', 'kst-26643-885'],
    ]);
  });
});

// Issue 12, a journalist's report: the same members submit motions on every subject.
describe('motions named on pages about other subjects', () => {
  it('takes a number written with spaces beside the name as the motion, one mark', () => {
    expect(found('De motie-Van Raan (36 410, nr. 12) wordt aangenomen.')).toEqual([
      ['motie-Van Raan (36 410, nr. 12)', 'kst-36410-12'],
    ]);
  });

  it('never takes the number of the next motion in a list', () => {
    const text =
      'de motie Kox c.s. van de Eerste Kamer (35 431, D) en de motie Smeulders c.s. (35 431, nr. 29)';
    expect(found(text)).toEqual([
      ['motie Kox c.s.', 'motie-kox'],
      ['35 431, D', 'kst-35431-D'],
      ['motie Smeulders c.s. (35 431, nr. 29)', 'kst-35431-29'],
    ]);
  });

  it('keeps the id of the names beside a resolved bundled motion, for the page decision', () => {
    const [d] = bundled('de motie-Van Raan over het klimaatbeleid');
    expect(d).toMatchObject({ id: 'kst-26643-885', named: 'motie-van-raan' });
  });
});

// A fresh reader's report (issue 12): a motion named beside its number's citation gave a second
// mark for the names, which on a page about the regulation resolved to a bundled motion.
describe('a motion named beside the citation of its number', () => {
  it.each([
    [
      'aanvaarde motie-Taverne (Kamerstuk 21 501-02, nr. 1538).',
      'motie-Taverne (Kamerstuk 21 501-02, nr. 1538)',
      'kst-21501-02-1538',
    ],
    [
      'de motie-Jansen (Kamerstukken II 2021/22, 36 200 VI, nr. 12) is',
      'motie-Jansen (Kamerstukken II 2021/22, 36 200 VI, nr. 12)',
      'kst-36200-VI-12',
    ],
    [
      'Zie de motie van het lid Kathmann c.s. over een verbod op client-side scanning (Kamerstuk 32 317, nr. 891).',
      'motie van het lid Kathmann c.s. over een verbod op client-side scanning (Kamerstuk 32 317, nr. 891)',
      'kst-32317-891',
    ],
    [
      'de motie van de leden Van Raan en Teunissen (Kamerstuk 35 570 XII, nr. 70)',
      'motie van de leden Van Raan en Teunissen (Kamerstuk 35 570 XII, nr. 70)',
      'kst-35570-XII-70',
    ],
    [
      'zoals gevraagd (motie-Kathmann c.s., Kamerstuk 36 200 VI, nr. 12) is',
      'motie-Kathmann c.s., Kamerstuk 36 200 VI, nr. 12',
      'kst-36200-VI-12',
    ],
    [
      'de motie-Jansen (Kamerstukken I 2022/23, 36 101, nr. D)',
      'motie-Jansen (Kamerstukken I 2022/23, 36 101, nr. D)',
      'kst-36101-D',
    ],
  ])('%s', (text, mark, id) => {
    expect(foundInData(text)).toEqual([[mark, id]]);
  });

  it('gives names after the citation of their paper no mark of their own', () => {
    expect(foundInData('Kamerstukken II 2021/22, 35 925 VI, nr. 12 (motie-Ellian c.s.).')).toEqual([
      ['Kamerstukken II 2021/22, 35 925 VI, nr. 12', 'kst-35925-VI-12'],
    ]);
    expect(foundInData('zie Kamerstuk 36200-VI-12 (motie-Kathmann c.s.) en')).toEqual([
      ['Kamerstuk 36200-VI-12', 'kst-36200-VI-12'],
    ]);
    const head =
      '36 200 VI Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2023\nNr. 12 MOTIE VAN HET LID KATHMANN C.S.\nVoorgesteld 4 juli 2023';
    expect(bundled(head).map((d) => d.id)).toEqual(['kst-36200-VI-12']);
    const ek = '36 101 Wijziging van de Wet\n\nK MOTIE VAN HET LID KOX C.S.';
    expect(bundled(ek).map((d) => d.id)).toEqual(['kst-36101-K']);
  });

  it('keeps name and citation apart where the number may be another paper’s', () => {
    for (const [text, names] of [
      // The paper the sentence is about is named first: the number may be the letter's.
      [
        'de brief over de uitvoering van de motie-Kathmann (Kamerstuk 32 317, nr. 906).',
        'motie-Kathmann',
      ],
      // Another paper named between the names and the parenthesis.
      ['de motie-Jansen over de brief van de minister (Kamerstuk 32 317, nr. 900)', 'motie-Jansen'],
      // A list or a range names several papers.
      ['de motie-Jansen (Kamerstuk 36 200 VI, nrs. 12 en 13)', 'motie-Jansen'],
      // A sentence ends, or the parenthesis holds more than the citation.
      ['de motie-Jansen is aangenomen. Zie (Kamerstuk 36 200 VI, nr. 12)', 'motie-Jansen'],
      ['de motie-Jansen (Kamerstuk 36 200 VI, nr. 12, p. 3)', 'motie-Jansen'],
    ]) {
      const first = detect(text as string)[0];
      expect(first?.text, text).toBe(names);
      expect(first?.id, text).toMatch(/^motie-/);
    }
    // Names in parentheses after a number that is not one paper's keep their mark.
    expect(found('zie nrs. 12 en 13 (motie-Jansen)').map(([t]) => t)).toContain('motie-Jansen');
    expect(found('op 12 (motie-Jansen)')).toEqual([['motie-Jansen', 'motie-jansen']]);
  });
});
