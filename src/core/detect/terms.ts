import { endsWord, isLetter } from './chars';
import { foldKey, SEPARATOR } from './fold';
import { compileTrie, type Piece } from './trie';
import type { Detection, Lexicon } from './types';

// Glossary terms. The spellings go into the scanner's trie; a match is looked up again by its
// folded key to find the term and to apply the two rules a regular expression cannot express
// cheaply: acronyms keep their case ("DSA", not "dsa"), and other terms may be the head of a
// Dutch compound or carry an inflection, so the mark runs to the end of the word
// ("chatcontrolvoorstel", "detectiebevelen").

interface Spelling {
  id: string;
  /** For acronyms: the exact forms (separators removed) the page must use. */
  exact: string[] | null;
}

/** What a matched string is, decided once per distinct string. */
export interface Hit {
  id: string;
  acronym: boolean;
  /** The spelling also opens like a citation ("Verordening …"), so citations are tried first. */
  mayCite: boolean;
  /**
   * Where in the matched string an EU act word ends it ("interim-verordening" → 8, "Interim
   * Regulation" → 8), or -1: an act number after the term makes it a citation (scanner.ts).
   */
  actAt: number;
}

export interface TermMatcher {
  /** Every spelling, for the scanner's combined pattern. */
  readonly pieces: Piece[][];
  /** The term a string matched by the scanner spells, or null. */
  lookup(matched: string): Hit | null;
  /** The detection for a hit at `start`, or null when the word goes on (acronyms only). */
  detect(text: string, start: number, matched: string, hit: Hit): Detection | null;
  /** The longest term spelled at `start`, or null (used when the scanner's match was a keyword). */
  at(text: string, start: number): Detection | null;
  /**
   * Whether a term can hide behind a keyword: some spelling is the start of a keyword ("Hand"
   * of "Hand."), so the scanner's longest match may be the keyword. Only then is `at` needed.
   */
  readonly shadowed: boolean;
}

const SEPARATORS = new RegExp(SEPARATOR.source, 'g');
/**
 * An EU act word that ends a spelling, also as the tail of a compound ("interimverordening",
 * "ePrivacy Directive"): the words eu-acts.ts reads before an act's number.
 */
const ACT_TAIL =
  /(?:verordening|richtl(?:ij|\u0133)n|beschikking|besluit|regulation|directive|decision)$/i;
/** Matched strings repeat (a page says "detectiebevel" a hundred times); bound the memo. */
const CACHE_LIMIT = 4096;

function isAcronym(variant: string): boolean {
  return /\p{Lu}/u.test(variant) && !/\p{Ll}/u.test(variant);
}

export function createTermMatcher(
  terms: Lexicon['terms'],
  opensCitation: RegExp,
  keywordStarts: readonly string[],
): TermMatcher {
  const byKey = new Map<string, Spelling[]>();
  const pieces: Piece[][] = [];
  const citeKeys = new Set<string>();
  for (const term of terms) {
    for (const variant of term.variants) {
      const key = foldKey(variant);
      if (key === '') continue;
      pieces.push([variant]);
      opensCitation.lastIndex = 0;
      if (opensCitation.test(variant)) citeKeys.add(key);
      const spellings = byKey.get(key) ?? [];
      const exactForm = variant.replace(SEPARATORS, '');
      const same = spellings.find((s) => s.id === term.id);
      if (same) {
        // Any case-free spelling of a term makes the key case-free for it.
        if (same.exact && isAcronym(variant)) same.exact.push(exactForm);
        else same.exact = null;
      } else {
        spellings.push({ id: term.id, exact: isAcronym(variant) ? [exactForm] : null });
      }
      byKey.set(key, spellings);
    }
  }
  // Only needed when a keyword shadows a term, which is rare: built on first use.
  let sticky: RegExp | undefined;
  const cache = new Map<string, Hit | null>();

  function lookup(matched: string): Hit | null {
    let hit = cache.get(matched);
    if (hit !== undefined) return hit;
    hit = null;
    const key = foldKey(matched);
    const bare = matched.replace(SEPARATORS, '');
    for (const spelling of byKey.get(key) ?? []) {
      if (spelling.exact && !spelling.exact.includes(bare)) continue;
      hit = {
        id: spelling.id,
        acronym: spelling.exact !== null,
        mayCite: citeKeys.has(key),
        actAt: matched.search(ACT_TAIL),
      };
      break;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(matched, hit);
    return hit;
  }

  function detect(text: string, start: number, matched: string, hit: Hit): Detection | null {
    let end = start + matched.length;
    if (hit.acronym) {
      if (!endsWord(text, end)) return null;
    } else {
      while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    }
    const whole = end === start + matched.length ? matched : text.slice(start, end);
    return { start, end, text: whole, kind: 'term', id: hit.id };
  }

  function at(text: string, start: number): Detection | null {
    sticky ??= new RegExp(compileTrie(pieces), 'iy');
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    const hit = m && lookup(m[0]);
    return m && hit ? detect(text, start, m[0], hit) : null;
  }

  const shadowed = keywordStarts.some((word) => {
    const key = foldKey(word);
    for (let n = 1; n <= key.length; n++) if (byKey.has(key.slice(0, n))) return true;
    return false;
  });

  return { pieces, lookup, detect, at, shadowed };
}
