import { matchAt, NOT_WORD_AFTER } from './grammar';
import { detection, type Parser } from './parser';
import type { RefKind } from './types';

// Staatsblad, Staatscourant and Tractatenblad (CONTRACT §2), as the Aanwijzingen voor de
// regelgeving (3.43 ff.) and the Leidraad cite them and as authors vary them: "Stb. 2019, 123",
// "Stb 2019, nr. 123", "Staatsblad 2023, nr. 512", "Staatsblad van het Koninkrijk der
// Nederlanden 2023, 512", "Stcrt. 2019, 12345", "Staatscourant 2022, nr. 30178", "Stcrt. 12 mei
// 2022, nr. 12345" (older dated form: the year counts), "Trb. 2019, 74", "Tractatenblad 2019,
// nr. 74"; a list in one year ("Stb. 2016, 94 en 95") gives each. The identifiers themselves
// ("stb-2023-512") are read by `official.ts`.

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const PUBLICATION = new RegExp(
  '(?:([Ss]tb|[Ss]tcrt|[Tt]rb)\\.?|(Staatsblad|Staatscourant|Tractatenblad)' +
    '(?:\\s+van\\s+het\\s+Koninkrijk(?:\\s+der\\s+Nederlanden)?)?)' +
    `\\s*,?\\s*(?:jaargang\\s+)?(?:(?:van\\s+)?\\d{1,2}\\s+${MONTH}\\s+)?((?:18|19|20)\\d\\d)` +
    `\\s*,?\\s*(?:nr\\.?|nummer|no\\.)?\\s*(\\d{1,6})(?!\\d)${NOT_WORD_AFTER}(?![.,]\\d)`,
  'iy',
);
/** A further number of the same year; not one that opens another year ("en 2020, 45"). */
const MORE = new RegExp(
  `\\s+(?:en|and|&)\\s+(\\d{1,6})(?!\\d)${NOT_WORD_AFTER}(?![.,]\\d)(?!\\s*,\\s*(?:nr\\.?\\s*)?\\d)`,
  'y',
);

const KIND: Record<string, { kind: RefKind; prefix: string }> = {
  stb: { kind: 'staatsblad', prefix: 'stb' },
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

export function publicationKind(word: string): RefKind | undefined {
  return KIND[word.toLowerCase()]?.kind;
}

export const parsePublication: Parser = (text, at) => {
  const m = matchAt(PUBLICATION, text, at);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? '';
  const year = m[3] ?? '';
  const kind = publicationKind(word);
  const id = publicationId(word, year, m[4] ?? '');
  if (!kind || !id) return null;
  const out = [detection(text, at, PUBLICATION.lastIndex, kind, id)];
  let pos = PUBLICATION.lastIndex;
  for (let more = matchAt(MORE, text, pos); more; more = matchAt(MORE, text, pos)) {
    const nr = more[1] ?? '';
    const next = publicationId(word, year, nr);
    if (!next) break;
    pos = MORE.lastIndex;
    out.push(detection(text, pos - nr.length, pos, kind, next));
  }
  return out;
};
