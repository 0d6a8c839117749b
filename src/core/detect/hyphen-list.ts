import { DOSSIER, dossierId, kamerstukId, matchAt, NOT_WORD_AFTER, SUFFIX } from './grammar';
import { detection } from './parser';
import type { Detection } from './types';

// Further papers of a list written in the hyphen form, after the first one ("Kamerstukken
// 36410-6 en 36410-7", "Kamerstuk 36410-6, 36410-7 en 36410-8", "Kamerstukken 36600-VII-12 en
// 36600-VII-13"): each item is a paper of its own (CONTRACT §2: every document of a list is
// detected), read as the first was: "dossier-nr" or "dossier-suffix-nr".

const ITEM = new RegExp(
  `(?:\\s*,\\s*|\\s*,?\\s+(?:en|and|&)\\s+)${DOSSIER}(?:${SUFFIX})?(?:[-\\u2013](\\d{1,4}))?(?!\\d)${NOT_WORD_AFTER}`,
  'y',
);
/** At most this many items follow the first (a longer run is a table, not a citation). */
const MAX_ITEMS = 20;

/**
 * The kamerstuk detections of the hyphen-form items that follow at `at`, each spanning its own
 * text (from the dossier to the number); empty when none follows. An item without a document
 * number ("36410" alone, "36600-VII") ends the list.
 */
export function hyphenItems(text: string, at: number): Detection[] {
  const out: Detection[] = [];
  let pos = at;
  for (let k = 0; k < MAX_ITEMS; k++) {
    const m = matchAt(ITEM, text, pos);
    const raw = m?.[1];
    if (!m || raw === undefined) break;
    const [sub, letters, nr] = [m[2], m[3], m[4]];
    let id: string;
    if (nr !== undefined) id = kamerstukId(dossierId(raw, sub ?? letters), nr);
    else if (sub !== undefined) id = kamerstukId(dossierId(raw), sub);
    else break;
    const end = ITEM.lastIndex;
    out.push(detection(text, m.index + m[0].indexOf(raw), end, 'kamerstuk', id));
    pos = end;
  }
  return out;
}
