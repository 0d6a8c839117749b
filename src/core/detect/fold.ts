// Folding: how two spellings of the same word are recognised as one. Used to build the term
// pattern, to look a matched term up again, and to compare member names of motions.

const LIGATURES: Record<string, string> = { ĳ: 'ij', Ĳ: 'ij', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Lower case without diacritics: "Coördinerende" → "coordinerende", "Richtlĳn" → "richtlijn". */
export function foldChar(ch: string): string {
  const lig = LIGATURES[ch];
  if (lig !== undefined) return lig;
  return ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Characters a term's words may be joined by on a page: space, hyphen, or nothing. */
export const SEPARATOR = /[\s\-\u2010\u2011\u00ad]/;

const LIGATURE = /[ĳĲßæœ]/g;
const SEPARATORS = /[\s\-\u2010\u2011\u00ad]+/g;

/** A whole string folded as `foldChar` folds each character (with native string operations). */
export function foldText(text: string): string {
  const plain = /[\u0080-\uffff]/.test(text)
    ? text
        .replace(LIGATURE, (ch) => LIGATURES[ch] ?? ch)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
    : text;
  return plain.toLowerCase();
}

/**
 * The lookup key of a spelling: folded, separators removed, so "End-to-end encryptie",
 * "end-to-endencryptie" and "end to end encryptie" share one key.
 */
export function foldKey(text: string): string {
  return foldText(text).replace(SEPARATORS, '');
}

/** Folded, with every run of separators as one space: how member names are compared. */
export function foldWords(text: string): string {
  return foldText(text).replace(SEPARATORS, ' ').trim();
}
