import { foldChar, SEPARATOR } from './fold';

// Compiles many spellings into one regular-expression alternation shaped as a trie, so that the
// engine decides on the first characters once instead of trying every spelling in turn. Letters
// are folded (case is left to the `i` flag); a diacritic becomes a small class only where some
// spelling has one ("ori[eë]ntatie"), because classes everywhere cost a third of the speed.

/** A piece of a spelling: literal text, or regular-expression source used as is. */
export type Piece = string | { raw: string };

/** A trie built by `buildTrie`; only `trieSource` reads it. */
export type Trie = Node;

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

/** `s` as regular-expression source that matches it literally. */
export function escapeRegExp(s: string): string {
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

function isSeparator(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d);
  return SEPARATOR.test(String.fromCharCode(code));
}

/** Adds one spelling to the trie, a character at a time (no intermediate token list: this runs
 * for every spelling each time a page's detector is built, mostly as cold code). */
function insert(root: Node, pieces: Piece[]): void {
  let node = root;
  let sep = false;
  const step = (key: string, original: string, raw: boolean): void => {
    let child = node.children.get(raw ? `raw:${key}` : key);
    if (!child) {
      child = newNode(key, raw);
      node.children.set(raw ? `raw:${key}` : key, child);
    }
    if (!raw && original !== key) child.originals.add(original);
    if (sep && node !== root) child.sepBefore = true;
    node = child;
    sep = false;
  };
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      step(piece.raw, piece.raw, true);
      continue;
    }
    const lower = piece.toLowerCase();
    for (let k = 0; k < lower.length; k++) {
      const code = lower.charCodeAt(k);
      if (isSeparator(code)) {
        sep = true;
        continue;
      }
      const ch = lower[k] ?? '';
      const key = code < 0x80 ? ch : foldChar(ch);
      // "ij" is one letter in Dutch and is also written as the ligature "ĳ".
      if (key === 'i' && (lower[k + 1] === 'j' || lower[k + 1] === 'J')) {
        step('ij', 'ij', false);
        k++;
      } else {
        step(key, ch, false);
      }
    }
  }
  if (node !== root) node.terminal = true;
}

function unitSource(node: Node): string {
  if (node.raw) return `(?:${node.unit})`;
  const key = node.unit;
  const others = [...node.originals].filter((o) => o !== key);
  if (key.length > 1) {
    // A ligature-like unit: "ij" may also be "ĳ".
    const alts = [escapeRegExp(key), ...others.map(escapeRegExp), ...(key === 'ij' ? ['ĳ'] : [])];
    return `(?:${[...new Set(alts)].join('|')})`;
  }
  if (others.length === 0) return escapeRegExp(key);
  return `[${escapeRegExp(key)}${others.join('')}]`;
}

function emit(node: Node): string {
  // Literal continuations before raw ones, so the longest literal spelling is tried first.
  const kids = [...node.children.values()].sort((a, b) => Number(a.raw) - Number(b.raw));
  const alts = kids.map((kid) => (kid.sepBefore ? SEP_SOURCE : '') + unitSource(kid) + emit(kid));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

/**
 * The first level of the trie, its branches grouped by the first character of their folded unit
 * in blocks of eight codes ("a"–"g", "h"–"o", "p"–"w", …). The engine merges a group's first
 * characters into one quick check, so at a word start that fits no group it tests a handful of
 * groups instead of every first letter: the scan, which stops at every word start, gets faster.
 * Branches in different groups have different folded first characters, so no text can match
 * both; within a group the branches keep their order ("i" before "ij" or after, as before). The
 * pattern therefore matches exactly what the flat alternation matches.
 */
function emitRoot(root: Node): string {
  const kids = [...root.children.values()];
  if (kids.some((kid) => kid.raw)) return emit(root);
  const groups = new Map<number, string[]>();
  for (const kid of kids) {
    const block = kid.unit.charCodeAt(0) >> 3;
    const source = unitSource(kid) + emit(kid);
    const group = groups.get(block);
    if (group) group.push(source);
    else groups.set(block, [source]);
  }
  const alts = [...groups.values()].map((g) =>
    g.length === 1 ? (g[0] ?? '') : `(?:${g.join('|')})`,
  );
  return alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
}

/** One alternation matching every entry; greedy, so the longest spelling at a position wins. */
export function compileTrie(entries: Piece[][]): string {
  return trieSource(buildTrie(entries));
}

/** The first half of `compileTrie`: the entries' trie (opaque), for `trieSource`. */
export function buildTrie(entries: Piece[][]): Trie {
  const root = newNode('', false);
  for (const entry of entries) insert(root, entry);
  return root;
}

/** The second half of `compileTrie`: the pattern source of a trie from `buildTrie`. */
export function trieSource(root: Trie): string {
  if (root.children.size === 0) return '(?!)';
  return `(?:${emitRoot(root)})`;
}
