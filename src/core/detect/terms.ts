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

export interface TermMatcher {
  /** Every spelling, for the scanner's combined pattern. */
  readonly pieces: Piece[][];
  /** The term whose spelling the scanner matched at `start`, or null. */
  resolve(text: string, start: number, matched: string): Detection | null;
  /** The longest term spelled at `start`, or null (used when the scanner's match was a keyword). */
  at(text: string, start: number): Detection | null;
}

const SEPARATORS = new RegExp(SEPARATOR.source, 'g');

function isAcronym(variant: string): boolean {
  return /\p{Lu}/u.test(variant) && !/\p{Ll}/u.test(variant);
}

export function createTermMatcher(terms: Lexicon['terms']): TermMatcher {
  const byKey = new Map<string, Spelling[]>();
  const pieces: Piece[][] = [];
  for (const term of terms) {
    for (const variant of term.variants) {
      const key = foldKey(variant);
      if (key === '') continue;
      pieces.push([variant]);
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
  const sticky = new RegExp(compileTrie(pieces), 'iy');

  function resolve(text: string, start: number, matched: string): Detection | null {
    const spellings = byKey.get(foldKey(matched));
    if (!spellings) return null;
    const matchEnd = start + matched.length;
    for (const spelling of spellings) {
      let end = matchEnd;
      if (spelling.exact) {
        if (!spelling.exact.includes(matched.replace(SEPARATORS, ''))) continue;
        if (!endsWord(text, end)) continue;
      } else {
        while (end < text.length && isLetter(text.charCodeAt(end))) end++;
      }
      return { start, end, text: text.slice(start, end), kind: 'term', id: spelling.id };
    }
    return null;
  }

  function at(text: string, start: number): Detection | null {
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    return m ? resolve(text, start, m[0]) : null;
  }

  return { pieces, resolve, at };
}
