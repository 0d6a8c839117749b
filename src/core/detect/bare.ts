import { isDigit, startsWord } from './chars';
import { DOSSIER, dossierId, SUFFIX } from './grammar';
import type { LetterheadFinder } from './letterhead';
import { kamerstukDetections, parseNumbers } from './nr-list';
import type { Parser } from './parser';

// Citations without a keyword, found from their "nr.": "(26643, nr. 907)", "26 643, nr. 1043",
// "36 600 VII, nr. 5", the mis-spaced "323 17, nr. 972" (the "nr." is the citation context that
// makes the repair safe), "26 643 en 34 843, nr. 1069" (first dossier, as with a keyword), and
// letterheads. A bare "nr. 1" with no dossier before it is not a reference.

const BEFORE_NR = new RegExp(
  `(?:${DOSSIER}(?:${SUFFIX})?(?:\\s+en\\s+|\\s*/\\s*))?${DOSSIER}(?:${SUFFIX})?\\s*,?\\s*$`,
);
const REACH = 48;

/** No digit right before the dossier, not even across one space: "3 266 43" is not a dossier. */
function cleanStart(text: string, start: number): boolean {
  if (!startsWord(text, start)) return false;
  const gap = text[start - 1];
  return !((gap === ' ' || gap === '.') && start > 1 && isDigit(text.charCodeAt(start - 2)));
}

function bareDossier(text: string, nrAt: number): { start: number; dossier: string } | null {
  const from = Math.max(0, nrAt - REACH);
  const m = BEFORE_NR.exec(text.slice(from, nrAt));
  if (!m) return null;
  const start = from + m.index;
  if (!cleanStart(text, start)) return null;
  const first = m[1] ?? m[4];
  if (first === undefined) return null;
  const suffix = m[1] !== undefined ? (m[2] ?? m[3]) : (m[5] ?? m[6]);
  return { start, dossier: dossierId(first, suffix) };
}

export function createNumberedParser(letterhead: LetterheadFinder | null): Parser {
  return (text, at) => {
    const items = parseNumbers(text, at);
    if (!items) return null;
    const found = bareDossier(text, at) ?? letterhead?.(text, at) ?? null;
    if (!found) return null;
    return kamerstukDetections(text, found.start, items, found.dossier);
  };
}
