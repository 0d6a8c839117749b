import { foldChar, SEPARATOR } from './fold';

// Compiles many spellings into one regular-expression alternation shaped as a trie, so that the
// engine decides on the first characters once instead of trying every spelling in turn. Letters
// are folded (case is left to the `i` flag); a diacritic becomes a small class only where some
// spelling has one ("ori[eë]ntatie"), because classes everywhere cost a third of the speed.

/** A piece of a spelling: literal text, or regular-expression source used as is. */
export type Piece = string | { raw: string };

interface Node {
  children: Map<string, Node>;
  /** Source of the unit that leads into this node. */
  unit: string;
  /** Spellings in which a separator (space, hyphen) comes before this unit. */
  sepBefore: boolean;
  /** Original (unfolded, lower-case) characters seen for this unit. */
  originals: Set<string>;
  terminal: boolean;
  raw: boolean;
}

// Any run of spaces and hyphens, so a term survives a line break from PDF extraction
// ("end-to-end \nencryptie", "detectie-\nbevel").
const SEP_SOURCE = '[\\s\\-\\u2010\\u2011]*';

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function newNode(unit: string, raw: boolean): Node {
  return {
    children: new Map(),
    unit,
    sepBefore: false,
    originals: new Set(),
    terminal: false,
    raw,
  };
}

interface Token {
  key: string;
  original: string;
  sepBefore: boolean;
  raw: boolean;
}

function tokenize(pieces: Piece[]): Token[] {
  const tokens: Token[] = [];
  let sep = false;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      tokens.push({ key: `raw:${piece.raw}`, original: piece.raw, sepBefore: sep, raw: true });
      sep = false;
      continue;
    }
    const chars = [...piece];
    for (let k = 0; k < chars.length; k++) {
      const ch = chars[k] ?? '';
      if (SEPARATOR.test(ch)) {
        sep = tokens.length > 0;
        continue;
      }
      let key = foldChar(ch);
      let original = ch.toLowerCase();
      // "ij" is one letter in Dutch and is also written as the ligature "ĳ".
      if (key === 'i' && foldChar(chars[k + 1] ?? '') === 'j') {
        key = 'ij';
        original = 'ij';
        k++;
      }
      tokens.push({ key, original, sepBefore: sep, raw: false });
      sep = false;
    }
  }
  return tokens;
}

function unitSource(node: Node): string {
  if (node.raw) return `(?:${node.unit})`;
  const key = node.unit;
  const others = [...node.originals].filter((o) => o !== key);
  if (key.length > 1) {
    // A ligature-like unit: "ij" may also be "ĳ".
    const alts = [escape(key), ...others.map(escape), ...(key === 'ij' ? ['ĳ'] : [])];
    return `(?:${[...new Set(alts)].join('|')})`;
  }
  if (others.length === 0) return escape(key);
  return `[${escape(key)}${others.join('')}]`;
}

function emit(node: Node): string {
  // Literal continuations before raw ones, so the longest literal spelling is tried first.
  const kids = [...node.children.values()].sort((a, b) => Number(a.raw) - Number(b.raw));
  const alts = kids.map((kid) => (kid.sepBefore ? SEP_SOURCE : '') + unitSource(kid) + emit(kid));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

/** One alternation matching every entry; greedy, so the longest spelling at a position wins. */
export function compileTrie(entries: Piece[][]): string {
  const root = newNode('', false);
  for (const entry of entries) {
    let node = root;
    const tokens = tokenize(entry);
    if (tokens.length === 0) continue;
    for (const token of tokens) {
      let child = node.children.get(token.key);
      if (!child) {
        child = newNode(token.raw ? token.original : token.key, token.raw);
        node.children.set(token.key, child);
      }
      if (!token.raw && token.original !== token.key) child.originals.add(token.original);
      child.sepBefore ||= token.sepBefore;
      node = child;
    }
    node.terminal = true;
  }
  if (root.children.size === 0) return '(?!)';
  return `(?:${emit(root)})`;
}
