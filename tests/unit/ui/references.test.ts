import { describe, expect, it } from 'vitest';
import { vergaderjaarIn } from '../../../src/core/data/citation';
import { knowledgeBase as kb } from '../../../src/core/data';
import { documentKind, kindLabel } from '../../../src/ui/doc-types';
import {
  dossierTitleOf,
  listedFor,
  matchesFilter,
  mergeAtPageDate,
  panelGroup,
  refCitation,
  refTitle,
  type FoundRef,
} from '../../../src/ui/references';
import { readLink } from '../../../src/ui/search-link';

const ref = (id: string, kind: FoundRef['kind'], text = id): FoundRef => ({ id, kind, text });

describe('vergaderjaarIn', () => {
  it('reads the vergaderjaar a citation gives, in every spelling', () => {
    expect(vergaderjaarIn('Kamerstukken II 2023/24, 36 410 VI, nr. 12')).toBe('2023-2024');
    expect(vergaderjaarIn('Kamerstukken II 2023-2024, 36 410')).toBe('2023-2024');
    expect(vergaderjaarIn('Kamerstukken I 1999/2000, 26 000, A')).toBe('1999-2000');
    expect(vergaderjaarIn('Kamerstuk 36 410 VI, nr. 12')).toBeUndefined();
    expect(vergaderjaarIn('tussen 2020/23 en later')).toBeUndefined();
  });
});

describe('reference titles, citations and groups', () => {
  it('an unknown Kamerstuk keeps the chamber and vergaderjaar the page gave', () => {
    const unknown = ref(
      'kst-36410-VI-12',
      'kamerstuk',
      'Kamerstukken II 2023/24, 36 410 VI, nr. 12',
    );
    expect(refCitation(kb, unknown)).toBe('Kamerstukken II 2023/24, 36 410 VI, nr. 12');
    expect(refCitation(kb, ref('kst-36410-VI-12', 'kamerstuk', '36 410 VI, nr. 12'))).toBe(
      'Kamerstuk 36 410 VI, nr. 12',
    );
  });

  it("gives a document's title, else its dossier's, in the interface language", () => {
    expect(refTitle(kb, ref('kst-34843-113', 'kamerstuk'), 'nl')).toBe(
      'Positie Nederland ten aanzien van de CSAM-Verordening',
    );
    // Not in the data, but dossier 32317 is: the paper has no title, its dossier one.
    expect(refTitle(kb, ref('kst-32317-999', 'kamerstuk'), 'en')).toBeUndefined();
    expect(dossierTitleOf(kb, ref('kst-32317-999', 'kamerstuk'))).toBe('JBZ-Raad');
    expect(refTitle(kb, ref('dossier-32317', 'dossier'), 'nl')).toBe('JBZ-Raad');
    expect(refTitle(kb, ref('term-chatcontrol', 'term'), 'en')).toBe(
      kb.terms.find((t) => t.id === 'term-chatcontrol')?.label.en,
    );
    expect(refTitle(kb, ref('kst-99999-1', 'kamerstuk'), 'nl')).toBeUndefined();
  });

  it('groups a motion as a motion however it was cited, and labels it the same way', () => {
    expect(panelGroup(kb, ref('kst-26643-1011', 'kamerstuk'))).toBe('motions');
    expect(panelGroup(kb, ref('motie-van-der-werf', 'motie'))).toBe('motions');
    expect(panelGroup(kb, ref('celex-32021R1232', 'eu-act'))).toBe('eu-acts');
    expect(panelGroup(kb, ref('h-tk-20222023-78-23', 'handelingen'))).toBe('documents');
    expect(panelGroup(kb, ref('term-chatcontrol', 'term'))).toBe('terms');
    expect(kindLabel(kb, ref('kst-26643-1011', 'kamerstuk'))).toBe('kindMotie');
    expect(kindLabel(kb, ref('kst-26643-1011', 'motie'))).toBe('kindMotie');
    expect(kindLabel(kb, ref('kst-34843-113', 'kamerstuk'))).toBe('kindKamerstuk');
  });

  it('filters on any of the words shown, ignoring case and accents', () => {
    expect(matchesFilter(['Positie Nederland', 'Kamerstuk 34 843, nr. 113'], '34 843')).toBe(true);
    expect(matchesFilter(['privécommunicatie'], 'PRIVECOMM')).toBe(true);
    expect(matchesFilter(['Positie Nederland', undefined], 'motie')).toBe(false);
    expect(matchesFilter(['x'], '  ')).toBe(true);
  });
});

describe('readLink', () => {
  it('links to the official page, or searches officielebekendmakingen for a named motion', () => {
    expect(readLink(ref('kst-34843-113', 'kamerstuk'))).toEqual({
      url: 'https://zoek.officielebekendmakingen.nl/kst-34843-113.html',
      search: false,
    });
    const search = readLink(ref('motie-van-der-werf', 'motie', 'motie-Van der Werf c.s.'));
    expect(search?.search).toBe(true);
    expect(search?.url.startsWith('https://zoek.officielebekendmakingen.nl/resultaten?')).toBe(
      true,
    );
    expect(decodeURIComponent(search?.url ?? '')).toContain('"motie-Van der Werf c.s."');
    expect(readLink(ref('term-chatcontrol', 'term'))).toBeUndefined();
  });
});

describe('one entry and one kind per paper in the lists', () => {
  const found = [
    { id: 'motie-kathmann', kind: 'motie' as const, text: 'motie-Kathmann c.s.', count: 2 },
    {
      id: 'kst-32317-891',
      kind: 'kamerstuk' as const,
      text: 'Kamerstuk 32 317, nr. 891',
      count: 1,
    },
    {
      id: 'kst-26643-1011',
      kind: 'kamerstuk' as const,
      text: 'Kamerstuk 26 643, nr. 1011',
      count: 1,
    },
  ];

  it('merges a motion named without number into the numbered paper it meant at the page date', () => {
    const merged = mergeAtPageDate(kb, found, '2024-10-20');
    expect(merged.map((d) => d.id)).toEqual(['kst-32317-891', 'kst-26643-1011']);
    expect(merged[0]?.count).toBe(3);
    // The tab's own list is left as it was.
    expect(found[1]?.count).toBe(1);
    expect(listedFor(kb, merged, 'motie-kathmann', '2024-10-20')?.id).toBe('kst-32317-891');
  });

  it("reads no name as the debate's motion on a page not about the regulation", () => {
    const merged = mergeAtPageDate(kb, found, '2024-10-20', false);
    expect(merged.map((d) => d.id)).toEqual(found.map((d) => d.id));
    expect(listedFor(kb, merged, 'motie-kathmann', '2024-10-20', false)?.id).toBe('motie-kathmann');
  });

  it('keeps a name whose numbered paper the page does not cite', () => {
    const nameOnly = found.filter((d) => d.id !== 'kst-32317-891');
    expect(mergeAtPageDate(kb, nameOnly, '2024-10-20').map((d) => d.id)).toContain(
      'motie-kathmann',
    );
  });

  it('shows and groups a Kamerstuk that is a motion as a motion', () => {
    const kst = ref('kst-26643-1011', 'kamerstuk');
    expect(documentKind(kb, kst)).toBe('motie');
    expect(kindLabel(kb, kst)).toBe('kindMotie');
    expect(panelGroup(kb, kst)).toBe('motions');
    expect(documentKind(kb, ref('kst-34843-112', 'kamerstuk'))).toBe('kamerstuk');
  });
});
