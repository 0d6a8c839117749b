import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import {
  documentById,
  dossierTitle,
  dossierTitles,
  motionsByMember,
  normaliseName,
  termById,
} from '../../../src/core/data/lookup';
import { toLexicon } from '../../../src/core/data/lexicon';

describe('lookups', () => {
  it('finds documents and terms by id', () => {
    expect(documentById(kb, 'kst-32317-977')?.date).toBe('2025-11-18');
    expect(documentById(kb, 'kst-1-1')).toBeUndefined();
    expect(termById(kb, 'term-detectiebevel')?.label.en).toBe('detection order');
    expect(termById(kb, 'term-nope')).toBeUndefined();
  });

  it('knows the official dossier titles', () => {
    expect(dossierTitle(kb, '32317')).toBe('JBZ-Raad');
    expect(dossierTitle(kb, '26643')).toBe('Informatie- en communicatietechnologie (ICT)');
    expect(dossierTitle(kb, '22112')).toBe(
      'Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie',
    );
    expect(dossierTitle(kb, '34843')).toBe('Seksuele intimidatie en geweld');
    expect(dossierTitle(kb, '21501-33')).toBe('Raad voor Vervoer, Telecommunicatie en Energie');
    expect(dossierTitles(kb)).toContainEqual({ dossier: '31015', title: 'Kindermishandeling' });
  });
});

describe('motionsByMember', () => {
  it.each([
    ['Van Raan', 'kst-26643-885'],
    ['van Raan c.s.', 'kst-26643-885'],
    ['VAN GINNEKEN', 'kst-26643-1011'],
    ['Dekker Abdulaziz', 'kst-32317-856'],
    ['dekker-abdulaziz c.s.', 'kst-32317-856'],
    ['motie-Van Ginneken c.s.', 'kst-26643-1011'],
  ])('"%s" → %s', (name, id) => {
    expect(motionsByMember(kb, name).map((m) => m.id)).toEqual([id]);
  });

  it('returns both motions for a name that fits two, and guesses neither', () => {
    expect(motionsByMember(kb, 'Kathmann')).toEqual([
      { id: 'kst-32317-891', names: ['Kathmann'], date: '2024-10-09' },
      { id: 'motie-kathmann-2025-11-25', names: ['Kathmann'], date: '2025-11-25' },
    ]);
  });

  it('ignores diacritics', () => {
    expect(normaliseName('Yeşilgöz-Zegerius')).toBe(normaliseName('Yesilgoz Zegerius'));
  });

  it('finds nothing for unknown or partial names', () => {
    expect(motionsByMember(kb, 'Raan')).toEqual([]);
    expect(motionsByMember(kb, 'Pool')).toEqual([]);
    expect(motionsByMember(kb, '  ')).toEqual([]);
  });
});

describe('toLexicon', () => {
  const lexicon = toLexicon(kb);

  it('lists every term with its spellings, Dutch and English', () => {
    expect(lexicon.terms).toHaveLength(kb.terms.length);
    const variants = (id: string) => lexicon.terms.find((t) => t.id === id)?.variants ?? [];
    expect(variants('term-detectiebevel')).toEqual(
      expect.arrayContaining([
        'detectiebevel',
        'detectiebevelen',
        'detection order',
        'detection orders',
      ]),
    );
    expect(variants('term-end-to-end-encryptie')).toEqual(
      expect.arrayContaining([
        'end-to-end encryptie',
        'end-to-endencryptie',
        'end-to-endversleuteling',
        'E2EE',
      ]),
    );
    expect(variants('term-chatcontrol')).toEqual(
      expect.arrayContaining(['chat control', 'chatcontrol']),
    );
  });

  it('carries dossier titles for letterheads', () => {
    expect(lexicon.dossierTitles).toContainEqual({
      dossier: '34843',
      title: 'Seksuele intimidatie en geweld',
    });
  });

  it('lists motions by submitter, with Kathmann twice, the full days the data gives and the first', () => {
    // Van Raan's (July 2022) and Dekker-Abdulaziz's (October 2023) are dated only by month: no
    // days to name them by, and the month's first day as the first they can be meant.
    expect(lexicon.motions).toEqual([
      { id: 'kst-26643-885', names: ['Van Raan'], since: '2022-07-01' },
      {
        id: 'kst-26643-1011',
        names: ['Van Ginneken'],
        days: ['2023-05-09'],
        since: '2023-05-09',
      },
      { id: 'kst-32317-856', names: ['Dekker-Abdulaziz'], since: '2023-10-01' },
      { id: 'kst-32317-891', names: ['Kathmann'], days: ['2024-10-09'], since: '2024-10-09' },
      {
        id: 'motie-kathmann-2025-11-25',
        names: ['Kathmann'],
        days: ['2025-11-25'],
        since: '2025-11-25',
      },
    ]);
  });

  it('is a copy the detector may keep without holding the knowledge base', () => {
    lexicon.terms[0]?.variants.push('changed');
    expect(kb.terms[0]?.variants).not.toContain('changed');
  });
});
