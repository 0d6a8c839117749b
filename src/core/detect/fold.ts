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

/**
 * The lookup key of a spelling: folded, separators removed, so "End-to-end encryptie",
 * "end-to-endencryptie" and "end to end encryptie" share one key.
 */
export function foldKey(text: string): string {
  let key = '';
  for (const ch of text) {
    if (!SEPARATOR.test(ch)) key += foldChar(ch);
  }
  return key;
}

/** "Van Raan" → "van-raan"; "Dekker-Abdulaziz" → "dekker-abdulaziz". */
export function slug(text: string): string {
  let folded = '';
  for (const ch of text) folded += foldChar(ch);
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
