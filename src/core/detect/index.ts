import type { Detector, Lexicon } from './types';

export type { Detection, Detector, Lexicon, RefKind } from './types';

// Provisional: only the plain "Kamerstuk 26 643, nr. 1011" form; the full grammar replaces this.
const PLAIN_KAMERSTUK = /\bKamerstuk(?:ken)?\s+(\d{2}\s?\d{3}),\s*nr\.\s*(\d+)/g;

export function createDetector(_lexicon: Lexicon): Detector {
  return (text) =>
    Array.from(text.matchAll(PLAIN_KAMERSTUK), (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'kamerstuk' as const,
      id: `kst-${(m[1] ?? '').replace(/\s/g, '')}-${m[2] ?? ''}`,
    }));
}
