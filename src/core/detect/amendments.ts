import { kamerstukId, matchAt } from './grammar';
import { detection, type Parser } from './parser';
import type { Detection } from './types';

// Amendments cited by their number as tweedekamer.nl and the Handelingen write it: the dossier,
// a dash and the amendment's ondernummer ("36067-61", "36067 – 61", "36200-VI-12"), either right
// after the word ("(amendement 36067 – 61)", "de amendementen 36067-61 en 36067-62") or in
// parentheses after the amendment's names, within the same sentence ("het amendement-Omtzigt
// (36067-61)", "het amendement van het lid Van der Staaij c.s. over … (36067-61)"). An
// amendment is a Kamerstuk of its bill's dossier (CONTRACT §2: kst-{dossier}-{nr}). The dash
// form alone is a range or a score, so it is read only after the word "amendement"; "(36067,
// nr. 61)" is a full citation of its own (bare.ts). Dossier numbers as bills have them (10 000 –
// 39 999, bill-numbers.ts), never with a dot ("20.000-250" is an amount's range), and numbers of
// at most four digits; a digit, letter, dash or decimal
// after the number ends nothing ("36067-61-2", "36067-61a").

const HEAD = /(?:sub)?amendement(en)?(?![a-z\u00e0-\u024f])/iy;
/** Dossier, roman or letter suffix, ondernummer. Groups: dossier, suffix, number. */
const NUMBER =
  '([1-3]\\d[ \\u00a0]?\\d{3})(?:[-\\u2013]([IVXLC]{1,6}[AB]?|[A-Z]))?' +
  '[ \\u00a0]?[-\\u2013][ \\u00a0]?([1-9]\\d{0,3})(?![\\dA-Za-z\\u00c0-\\u024f-]|[.,]\\d)';
/** The number right after the word: "amendement 36067-61", "amendement nr. 36067-61". */
const RIGHT_AFTER = new RegExp(`[ \\u00a0]+(?:nr\\.?[ \\u00a0]*)?${NUMBER}`, 'y');
/** The next number of a list after a plural ("amendementen 36067-61 en 36067-62"). */
const NEXT = new RegExp(
  `(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]+(?:en|of)[ \\u00a0]+)${NUMBER}`,
  'y',
);
/**
 * The names and subject up to the number in parentheses, short notes in parentheses read past
 * ("amendement-Omtzigt (CDA) (36067-61)"). Group 1: the text between, group 2–4 as NUMBER.
 */
const LATER = new RegExp(
  `((?:[^()\\n]|\\([^()\\n]{0,60}\\)){0,200}?)\\([ \\u00a0]?${NUMBER}[ \\u00a0]?\\)`,
  'y',
);
/** A sentence ends between the word and the parenthesis. */
const SENTENCE_BREAK = /[.!?;]\s+[A-Z\u00c0-\u00de]/;

function idOf(m: RegExpExecArray, from: number): string {
  const digits = (m[from] ?? '').replace(/\D/g, '');
  const suffix = m[from + 1];
  return kamerstukId(suffix === undefined ? digits : `${digits}-${suffix}`, m[from + 2] ?? '');
}

/** Where the number starts within a match of NUMBER (after any lead). */
function numberStart(m: RegExpExecArray): number {
  return m.index + m[0].search(/[1-3]\d[ \u00a0]?\d{3}/);
}

/**
 * An amendment at `at` (the word "amendement", "amendementen", "subamendement"): one
 * `kamerstuk` detection per number, spanning the number (see above); null when no number
 * follows in one of the forms above.
 */
export const parseAmendment: Parser = (text, at) => {
  const head = matchAt(HEAD, text, at);
  if (!head) return null;
  const after = HEAD.lastIndex;
  const direct = matchAt(RIGHT_AFTER, text, after);
  if (direct) {
    const out: Detection[] = [
      detection(text, numberStart(direct), RIGHT_AFTER.lastIndex, 'kamerstuk', idOf(direct, 1)),
    ];
    if (head[1] === undefined) return out;
    let pos = RIGHT_AFTER.lastIndex;
    for (let m = matchAt(NEXT, text, pos); m; m = matchAt(NEXT, text, pos)) {
      pos = NEXT.lastIndex;
      out.push(detection(text, numberStart(m), pos, 'kamerstuk', idOf(m, 1)));
    }
    return out;
  }
  const later = matchAt(LATER, text, after);
  if (!later || SENTENCE_BREAK.test(later[1] ?? '')) return null;
  const start = numberStart(later);
  const end = LATER.lastIndex - 1 - (/\s/.test(text.charAt(LATER.lastIndex - 2)) ? 1 : 0);
  return [detection(text, start, end, 'kamerstuk', idOf(later, 2))];
};
