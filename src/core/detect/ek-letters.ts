import { isDigit } from './chars';
import { SUFFIX, dossierId, kamerstukId } from './grammar';
import { kamerstukDetections, withFollowing } from './nr-list';
import { detection } from './parser';
import type { Detection } from './types';

// The Eerste Kamer's parenthesised form "(32.317, OU)", also with a list or range of letters
// ("(36 228, A en B)"): dossier and document letters, no keyword and no "nr.". It has no word to anchor on, so it gets its own pass; the pattern opens with a
// literal "(", which the regular-expression engine skips to directly, so the pass is cheap.

/** Further letters before the ")": "(36 228, A en B)", "(36 228, C t/m E)", "(36 101, A, B en C)". */
const MORE_LETTERS =
  '(?:(?:\\s*,\\s*|\\s+(?:en|and)\\s+|\\s*(?:t/m|[-\\u2013])\\s*)[A-Z]{1,3}){0,8}';
const EK_PAREN = new RegExp(
  `\\((\\d{2}[ .\\u00a0]?\\d{3})(?:${SUFFIX})?,\\s?([A-Z]{1,3})(${MORE_LETTERS})\\)`,
  'g',
);

const NONE: readonly Detection[] = [];

/** Where the first "(" followed by two digits is, or -1: no match can start before it. */
function firstOpening(text: string): number {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    if (isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2))) return at;
  }
  return -1;
}

export function findEkLetters(text: string): readonly Detection[] {
  // Most blocks have no parenthesis followed by a number; skipping them is cheaper than a failed
  // regular expression, and they need no array of their own.
  const from = firstOpening(text);
  if (from < 0) return NONE;
  const out: Detection[] = [];
  EK_PAREN.lastIndex = from;
  for (let m = EK_PAREN.exec(text); m; m = EK_PAREN.exec(text)) {
    const [whole, raw = '', subNumber, letters, nr = '', more = ''] = m;
    const start = m.index + 1;
    const close = m.index + whole.length - 1;
    const dossier = dossierId(raw, subNumber ?? letters);
    if (more === '') {
      out.push(detection(text, start, close, 'kamerstuk', kamerstukId(dossier, nr)));
      continue;
    }
    // A list or range of letters counts only when read to the ")" as one ("(36 228, A en EU)"
    // is no list of papers: see nr-list.ts).
    const first = close - more.length;
    const items = withFollowing(text, { nr, start: first - nr.length, end: first }, true);
    if (items[items.length - 1]?.end === close) {
      out.push(...kamerstukDetections(text, start, items, dossier));
    }
  }
  return out;
}
