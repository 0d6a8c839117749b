import type { RefKind } from './types';

// The ids and kinds of the three official publications, apart from publications.ts: the
// official-page parser (official.ts) needs them on every page, the publication parser only on
// pages that name one (it loads through form-slot.ts).

const KIND: Record<string, { kind: RefKind; prefix: string }> = {
  stb: { kind: 'staatsblad', prefix: 'stb' },
  stbl: { kind: 'staatsblad', prefix: 'stb' },
  staatsblad: { kind: 'staatsblad', prefix: 'stb' },
  stcrt: { kind: 'staatscourant', prefix: 'stcrt' },
  staatscourant: { kind: 'staatscourant', prefix: 'stcrt' },
  trb: { kind: 'tractatenblad', prefix: 'trb' },
  tractatenblad: { kind: 'tractatenblad', prefix: 'trb' },
};

/** "stb-2023-512" for the publication named `word` (any case). */
export function publicationId(word: string, year: string, nr: string): string | null {
  const target = KIND[word.toLowerCase()];
  if (!target || Number(nr) === 0) return null;
  return `${target.prefix}-${year}-${Number(nr)}`;
}

/** The kind of reference for the publication named `word` (any case); undefined when none. */
export function publicationKind(word: string): RefKind | undefined {
  return KIND[word.toLowerCase()]?.kind;
}
