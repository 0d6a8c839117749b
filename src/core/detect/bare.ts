import { billByTitleAfter } from './bill-title-later';
import { isDigit, startsWord } from './chars';
import { AND_OTHERS, DOSSIER, dossierId, isMisSpaced, matchAt, RIJKSWET, SUFFIX } from './grammar';
import type { LetterheadFinder } from './letterhead';
import { numberLetterhead, oldDossier } from './form-slot';
import { kamerstukDetections, parseNumbers } from './nr-list';
import { detection, type Parser } from './parser';

// Citations without a keyword, found from their number word ("nr.", "nrs.", "nummer", "no.",
// "letter"): "(26643, nr. 907)", "26 643, nr. 1043", "36 600 VII, nr. 5", "36101 nr. F", "motie …
// 36 200-VI, letter K", the mis-spaced "323 17, nr. 972" (the "nr." is the citation context
// that makes the repair safe), "26 643 en 34 843, nr. 1069" and "31728, 30914, nr. 5" (the
// first dossier, as with a keyword),
// the dossier after the number as the Handelingen write it ("Zij krijgt nr. 12 (36200-VI).") or
// as a sentence names it ("onder nr. 134 toegevoegd aan dossier 34293"), a dossier cited with
// "e.a." (and others) before the number ("29 762 e.a., nr. 12"),
// and letterheads (known titles, or any dossier by shape). A bare "nr. 1" with no dossier
// around it is not a reference.

/** Up to four dossiers before the number; the document is filed under the first. */
const BEFORE_NR = new RegExp(
  `(?:${DOSSIER}(?:${SUFFIX})?(?:\\s+(?:en|&)\\s+|\\s*[/,]\\s*)){0,3}${DOSSIER}(?:${SUFFIX})?${AND_OTHERS}?(\\s*,?\\s*)[\\s\\S]$`,
);
const FIRST_DOSSIER = new RegExp(`${DOSSIER}(?:${SUFFIX})?`, 'y');
const REACH = 72;
/** "nr. 12 (36200-VI)": the dossier in parentheses right after the number. */
const DOSSIER_AFTER = new RegExp(`\\s*\\(\\s*${DOSSIER}(?:${SUFFIX})?\\s*\\)`, 'y');

/**
 * "nr. 134 toegevoegd aan dossier 34293", "nr. 12 in dossier 36 200 VI", "stuk nr. 5 van
 * dossier 35300", and the Eerste Kamer's letters named before their bill: "onder nr. D
 * toegevoegd aan wetsvoorstel 35099", "gedrukt onder letter F bij wetsvoorstel 36101". The
 * dossier is named after the number, at most three lower-case words between (no punctuation,
 * so never across a clause), then in/van/aan/bij/uit/onder and the word "dossier",
 * "wetsvoorstel" or "voorstel van wet".
 */
const DOSSIER_LATER = new RegExp(
  `(?:\\s+[a-z\\u00e0-\\u00ff]+){0,3}?\\s+(?:in|van|aan|bij|uit|onder)\\s+(?:het\\s+)?` +
    '(?:(?:[Kk]amerstuk)?[Dd]ossier(?:nummer)?|(?:[Ii]nitiatief)?[Ww]etsvoorstel|' +
    '[Vv]oorstel\\s+van\\s+(?:[Rr]ijks)?wet)' +
    `\\s+${DOSSIER}(?:${SUFFIX})?`,
  'y',
);

/** An amount: "€ 35.300", "EUR 35 300". */
const CURRENCY_BEFORE = /(?:€|EUR|\$|£)[ \u00a0]?$/;

/**
 * No digit right before the dossier, not even across one space: "3 266 43" is not a dossier;
 * nor is an amount.
 */
function cleanStart(text: string, start: number): boolean {
  if (!startsWord(text, start)) return false;
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  const gap = text[start - 1];
  return !((gap === ' ' || gap === '.') && start > 1 && isDigit(text.charCodeAt(start - 2)));
}

/** A Rijkswet's number between the dossier and "nr." ("35 315 (R2137), nr. 1"; grammar.ts). */
const RIJKSWET_BEFORE = new RegExp(`${RIJKSWET}\\s*,?\\s*$`);
/** How far before "nr." a Rijkswet's number may open. */
const RIJKSWET_REACH = 14;

/**
 * Where the dossier's part before "nr." at `nrAt` ends: before a Rijkswet's number if one stands
 * there. Found by a search for "(R" first: `BEFORE_NR` tries every start in its window, and an
 * optional group of its own would cost every bare "nr." that time again.
 */
function dossierEnd(text: string, nrAt: number): number {
  const open = text.lastIndexOf('(R', nrAt);
  if (open < 0 || open < nrAt - RIJKSWET_REACH) return nrAt;
  const from = Math.max(0, open - 2);
  const m = RIJKSWET_BEFORE.exec(text.slice(from, nrAt));
  return m?.[0].includes('(R') ? from + m.index : nrAt;
}

/** An empty line: a paragraph's end, which a citation never runs across. */
const EMPTY_LINE = /\n[ \t]*\n/;
/** Only spaces or markup before, on the same line. */
const LINE_OPENS = /(?:^|\n)[ \t*_#>]*$/;

/**
 * Whether the gap between the dossier starting at `start` and the number word may join them.
 * Never across an empty line (the "Nr." then opens a letterhead, read by its shape). Across one
 * line break only when the dossier has no numeric sub-number, or opens its line as a
 * letterhead's dossier does ("21 501-32⏎Nr. 1731"): "ID: 35535-11⏎Nr. 11 NOTA …" is the paper
 * kst-35535-11 named twice (a dossier-nr id, then the letterhead's number), never a third part.
 */
function gapJoins(text: string, start: number, gap: string, subNumber: string | undefined) {
  if (!gap.includes('\n')) return true;
  if (EMPTY_LINE.test(gap)) return false;
  return subNumber === undefined || LINE_OPENS.test(text.slice(Math.max(0, start - 40), start));
}

function bareDossier(text: string, nrAt: number): { start: number; dossier: string } | null {
  const from = Math.max(0, nrAt - REACH);
  // One character past the dossier's end (the number word's first) for SUFFIX's look-ahead.
  const m = BEFORE_NR.exec(text.slice(from, dossierEnd(text, nrAt) + 1));
  if (!m) return null;
  const start = from + m.index;
  if (!cleanStart(text, start) || !gapJoins(text, start, m[7] ?? '', m[5])) return null;
  const first = matchAt(FIRST_DOSSIER, text, start);
  if (first?.[1] === undefined) return null;
  return { start, dossier: dossierId(first[1], first[2] ?? first[3]) };
}

export function createNumberedParser(letterhead: LetterheadFinder | null): Parser {
  return (text, at) => {
    const items = parseNumbers(text, at);
    if (!items) return null;
    const found =
      bareDossier(text, at) ??
      oldDossier(text, at) ??
      letterhead?.(text, at) ??
      numberLetterhead(text, at, items[0]?.end ?? at);
    if (found) return kamerstukDetections(text, found.start, items, found.dossier);
    const last = items[items.length - 1];
    if (!last) return null;
    // A letter only with its dossier named in words: "(D)" alone is a list item or a footnote.
    const after =
      (/^\d/.test(last.nr) ? matchAt(DOSSIER_AFTER, text, last.end) : null) ??
      matchAt(DOSSIER_LATER, text, last.end);
    if (!after) {
      // The bill named by its title: the number's mark stays on the number, the bill's on its own.
      const bill = billByTitleAfter(text, last.end);
      return bill === null ? null : kamerstukDetections(text, at, items, bill);
    }
    if (after[1] === undefined || isMisSpaced(after[1])) return null;
    const dossier = dossierId(after[1], after[2] ?? after[3]);
    const out = kamerstukDetections(text, at, items, dossier);
    const end = after.index + after[0].length;
    const tail = out[out.length - 1];
    if (tail) out[out.length - 1] = detection(text, tail.start, end, 'kamerstuk', tail.id);
    return out;
  };
}
