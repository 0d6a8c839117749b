import { billNumberAt } from './bill-numbers';
import { matchAt, sentenceEndAfter } from './grammar';

// An Eerste Kamer letter or a document number filed under a bill named by its title, the
// bill's number in parentheses closing the title, as eerstekamer.nl and the Handelingen name a
// bill: "Het voorlopig verslag is onder letter D toegevoegd aan het wetsvoorstel Wijziging van
// de Wet … (35099)." The number and the bill are in one clause: at most three lower-case words,
// then in/van/aan/bij/uit/onder, "wetsvoorstel" or "voorstel van wet" and a title opening in
// capitals; the first dossier number in parentheses in the same sentence closes the title.

const TO_BILL = new RegExp(
  '(?:\\s+[a-z\\u00e0-\\u00ff]+){0,3}?\\s+(?:in|van|aan|bij|uit|onder)\\s+(?:het\\s+)?' +
    '(?:(?:[Ii]nitiatief)?[Ww]etsvoorstel|[Vv]oorstel\\s+van\\s+(?:[Rr]ijks)?wet)\\s+' +
    '(?=[A-Z\\u00c0-\\u00de])',
  'y',
);
/** How far a title may run: as far back as `bill-numbers.ts` reads a long title. */
const TITLE_REACH = 1200;

/**
 * The dossier of the bill named by its title after the number that ends at `at` (see above),
 * or null.
 */
export function billByTitleAfter(text: string, at: number): string | null {
  if (!matchAt(TO_BILL, text, at)) return null;
  const from = TO_BILL.lastIndex;
  // Searched within the reach only, so that many calls on one long text stay linear.
  const title = text.slice(from, from + TITLE_REACH);
  for (let k = title.indexOf('('); k >= 0; k = title.indexOf('(', k + 1)) {
    const open = from + k;
    const dossier = text.charCodeAt(open - 1) === 0x20 ? billNumberAt(text, open) : null;
    // The first bill number closes the title, unless a sentence ends before it.
    if (dossier !== null) return sentenceEndAfter(text, from, k) < open ? null : dossier;
  }
  return null;
}
