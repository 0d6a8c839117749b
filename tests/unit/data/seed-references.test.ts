/**
 * Every reference cited in a seed, with the canonical id it resolves to. The detector's golden
 * fixtures rely on each of these resolving to a document with a summary or an honest "known from".
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import { documentById, motionsByMember } from '../../../src/core/data/lookup';
import { resolveMotionAt } from '../../../src/core/data/motions';
import { readSeeds } from './helpers';

interface SeedReference {
  /** The words on the page (the seed text, whitespace squashed). */
  text: string;
  id: string;
}

const SEED_REFERENCES: Readonly<Record<string, readonly SeedReference[]>> = {
  '000_69d28ae6cb23b2a2.txt': [
    { text: 'Verordening (EU) 2021/1232', id: 'celex-32021R1232' },
    { text: 'Richtlĳn 2002/58/EG', id: 'celex-32002L0058' },
    { text: 'Kamerstukken II, 2021-2022, 221 12, nr. 3455', id: 'kst-22112-3455' },
    { text: 'Kamerstukken II, 2022-2023, 266 43, nr. 908', id: 'kst-26643-908' },
    { text: 'Kamerstukken II, 2025-2026, 323 17, nr. 972', id: 'kst-32317-972' },
    { text: 'Kamerstukken II, 2024-2025, 323 17, nr. 906', id: 'kst-32317-906' },
    { text: 'motie Van Raan c.s.', id: 'kst-26643-885' },
    // Seed 000 is dated 2025-11-18, before the second Kathmann motion: it means nr. 891.
    { text: 'Kathmann c.s.', id: 'kst-32317-891' },
  ],
  '001_ffe5321a9d3e4fb8.txt': [
    { text: 'Kamerstukken II, 2024-25, 32 317, nr. 906', id: 'kst-32317-906' },
  ],
  '002_9927213b9c647875.txt': [
    { text: 'moties Van Ginneken c.s.', id: 'kst-26643-1011' },
    { text: 'Dekker Abdulaziz c.s.', id: 'kst-32317-856' },
    { text: 'Kamerstuk 34 843, nr. 113', id: 'kst-34843-113' },
    { text: 'Kamerstuk 26 643, nr. 1011', id: 'kst-26643-1011' },
    { text: 'Kamerstuk 32 317, nr. 856', id: 'kst-32317-856' },
    { text: 'Kamerstuk 34 843, nr. 112', id: 'kst-34843-112' },
    { text: 'motie-Van Raan (Kamerstuk 26 643, nr. 885)', id: 'kst-26643-885' },
    { text: 'Kamerstuk 26 643, nr. 1069', id: 'kst-26643-1069' },
    { text: 'motie-Van Ginneken (Kamerstuk 26 643, nr. 1011)', id: 'kst-26643-1011' },
  ],
  '003_52d3e2bb36eac096.txt': [
    { text: 'Handelingen II 2022/23, nr. 78, item 23', id: 'h-tk-20222023-78-23' },
    { text: 'motie-Van Ginneken c.s.', id: 'kst-26643-1011' },
    { text: 'Kamerstuk 26 643, nr. 1011', id: 'kst-26643-1011' },
    { text: 'het lid Van Ginneken c.s. ingediende motie', id: 'kst-26643-1011' },
    { text: 'Handelingen II 2021/22, nr. 100, item 28', id: 'h-tk-20212022-100-28' },
    { text: 'motie-Van Raan c.s.', id: 'kst-26643-885' },
    { text: 'Kamerstuk 26 643, nr. 885', id: 'kst-26643-885' },
  ],
  '004_fa7870cee85edb1e.txt': [],
};

/** The seeds themselves, where they are parliamentary documents. */
const SEED_DOCUMENTS: Readonly<Record<string, string | undefined>> = {
  '000_69d28ae6cb23b2a2.txt': 'kst-32317-977',
  '001_ffe5321a9d3e4fb8.txt': 'kst-32317-972',
  '002_9927213b9c647875.txt': 'kst-34843-114',
  '003_52d3e2bb36eac096.txt': 'kst-26643-1043',
  '004_fa7870cee85edb1e.txt': undefined,
};

const seeds = readSeeds();

describe('seed references', () => {
  it('covers every seed file', () => {
    expect(Object.keys(SEED_REFERENCES).sort()).toEqual(Object.keys(seeds).sort());
  });

  for (const [seed, references] of Object.entries(SEED_REFERENCES)) {
    const text = (seeds[seed] ?? '').replace(/\s+/g, ' ');

    it.each(references)(`${seed}: "$text" → $id`, ({ text: words, id }) => {
      expect(text).toContain(words);
      const doc = documentById(kb, id);
      expect(doc, id).toBeDefined();
      const honest = doc?.knownFrom ? doc.summary.en.includes('Known from') : doc?.sources.length;
      expect(honest, id).toBeTruthy();
    });
  }

  it.each(Object.entries(SEED_DOCUMENTS).filter(([, id]) => id !== undefined))(
    '%s is itself the document %s, summarised from its own quotes',
    (seed, id) => {
      const doc = documentById(kb, id ?? '');
      expect(doc?.sources.some((s) => 'seed' in s && s.seed === seed)).toBe(true);
    },
  );

  it('knows "Kathmann c.s." fits two motions, and that seed 000 (2025-11-18) means nr. 891', () => {
    expect(seeds['000_69d28ae6cb23b2a2.txt']).toContain('Kathmann c.s.');
    expect(motionsByMember(kb, 'Kathmann c.s.').map((m) => m.id)).toEqual([
      'kst-32317-891',
      'motie-kathmann-2025-11-25',
    ]);
    expect(resolveMotionAt(kb, 'motie-kathmann', '2025-11-18')).toBe('kst-32317-891');
  });

  it('cites references FACTS.md leaves out (25 443, nr. 5) without a page of their own', () => {
    const text = (seeds['002_9927213b9c647875.txt'] ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Kamerstukken II, 1997–1998, 25 443, nr. 5');
    expect(documentById(kb, 'kst-25443-5')).toBeUndefined();
  });
});
