import { findBillNumbers } from './bill-numbers';
import { startsWord } from './chars';
import { fitAround, mergeDetections } from './merge';
import {
  findBareActNumbers,
  findDocumentLists,
  findEkLetters,
  findLetterLetterheads,
  findNumberedRegulations,
  findTableDossiers,
} from './form-slot';
import { normalise, restore } from './normalize';
import type { InnerScan, Parser } from './parser';
import type { TermMatcher } from './terms';
import type { Detection } from './types';

// The scan: one global pattern (glossary spellings and citation keywords, compiled into one trie
// behind `\b`) finds candidates left to right. A candidate that is a keyword goes to the citation
// parsers for its first letter; a glossary spelling becomes a term (citations are tried first
// only if the spelling itself opens like one). Detections come out ordered and never overlap: a
// citation that turns out to start before the end of earlier marks (a bare "26 643, nr. 1043"
// found from its "nr.", a letterhead whose title holds a glossary term) replaces the terms
// inside it, is cut short before citations wholly inside it (a letterhead whose title cites an
// act) and is dropped if it would overlap another citation otherwise.
//
// Nothing here creates a function per call: the detector runs once per block of a page, and
// per-call closures cost more than scanning a short block (worse still under tools that wrap
// every named function to keep its name).

/** Parsers by the lower-cased ASCII code of a keyword's first letter. */
export type Dispatch = (Parser[] | undefined)[];

/**
 * A single citation that holds earlier citations wholly inside it (a letterhead whose title
 * cites an act): cut short before them (`fitAround`) and put in its place by start, replacing
 * the terms it overlaps. False when it cannot be fitted.
 */
function placeAround(out: Detection[], found: Detection[]): boolean {
  const one = found.length === 1 ? found[0] : undefined;
  const fitted = one && fitAround(out, one);
  if (!fitted) return false;
  const kept = out.filter(
    (d) => d.kind !== 'term' || d.end <= fitted.start || d.start >= fitted.end,
  );
  const at = kept.findIndex((d) => d.start > fitted.start);
  kept.splice(at < 0 ? kept.length : at, 0, fitted);
  out.length = 0;
  out.push(...kept);
  return true;
}

function place(out: Detection[], found: Detection[]): boolean {
  const start = found[0]?.start ?? 0;
  let keep = out.length;
  for (; keep > 0; keep--) {
    const last = out[keep - 1];
    if (!last || last.end <= start) break;
    if (last.kind !== 'term') return placeAround(out, found);
  }
  out.length = keep;
  out.push(...found);
  return true;
}

function byStart(a: Detection, b: Detection): number {
  return a.start - b.start;
}

function joinPass(found: readonly Detection[], more: readonly Detection[]): readonly Detection[] {
  if (more.length === 0) return found;
  return found.length === 0 ? more : [...found, ...more].sort(byStart);
}

/**
 * The passes for forms without a keyword, each anchored on a cheap character test: Eerste Kamer
 * letters in parentheses, letterheads with a letter, bills' dossier numbers in parentheses,
 * document numbers in ";"-lists, regulations cited "(EU) nr. 223/2014" without their word and
 * acts numbered "2002/584/JHA" after a title and dossier numbers in a table of changes. Sorted by start; they never overlap each other.
 */
function extraPasses(text: string): readonly Detection[] {
  const found = joinPass(findEkLetters(text), findLetterLetterheads(text));
  const more = joinPass(joinPass(found, findBillNumbers(text)), findDocumentLists(text));
  const acts = joinPass(joinPass(more, findNumberedRegulations(text)), findBareActNumbers(text));
  return joinPass(acts, findTableDossiers(text));
}

/**
 * Publication names that text extraction glues to the table cell before them
 * ("…KoninkrijksrelatiesStaatscourant 2019, 56961"): `\b` in the scanning pattern cannot see
 * them, so they are looked up with `indexOf` ("Staats" for both Staatsblad and Staatscourant).
 * A footnote marker glued to a citation word is a keyword of its own (anchors.ts).
 */
const GLUED_WORDS = ['Staats', 'Tractatenblad'];

const DIGIT = /\d/;

/** A lower-case letter: what a glued word's capital follows. */
function gluesTo(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** Where a glued publication name starts, in order; null when there is none. */
function gluedStarts(text: string): number[] | null {
  let out: number[] | null = null;
  for (const word of GLUED_WORDS) {
    for (let at = text.indexOf(word, 1); at > 0; at = text.indexOf(word, at + word.length)) {
      if (gluesTo(text.charCodeAt(at - 1))) (out ??= []).push(at);
    }
  }
  return out && out.sort((a, b) => a - b);
}

/**
 * Whether an act's number may follow at `at`, as the act words' keywords demand (anchors.ts:
 * spaces, then "(", a digit or "nr."/"no."): a cheap test before the parsers are tried.
 */
function actNumberMayFollow(text: string, at: number): boolean {
  let k = at;
  for (let c = text.charCodeAt(k); c <= 0x20 || c === 0xa0; c = text.charCodeAt(++k));
  const c = text.charCodeAt(k) | 0x20;
  return c === 0x28 || (c >= 0x30 && c <= 0x39) || c === 0x6e;
}

export function createScanner(
  master: RegExp,
  terms: TermMatcher,
  dispatch: Dispatch,
): (text: string) => Detection[] {
  const inner: InnerScan = (text, from, to) =>
    scan(text.slice(from, to)).map((d) => ({ ...d, start: d.start + from, end: d.end + from }));

  /** Where to go on scanning after the citation at `at`, or null when there is none. */
  function cite(text: string, at: number, out: Detection[]): number | null {
    for (const parse of dispatch[text.charCodeAt(at) | 0x20] ?? []) {
      const found = parse(text, at, inner);
      if (typeof found === 'number') return found;
      if (found && found.length > 0 && place(out, found)) {
        return found[found.length - 1]?.end ?? at;
      }
    }
    return null;
  }

  /**
   * A glossary term ending in an act word with the act's number after it ("interim-verordening
   * (EU) 2021/1232", "the Interim Regulation (EU) 2021/1232"): the act's citation, read from its
   * word and widened to the term's start, so the citation replaces the term it holds (as any
   * citation replaces the terms inside it). Where to go on scanning, or null when no act follows.
   */
  function citeActAfter(
    text: string,
    term: Detection,
    actAt: number,
    out: Detection[],
  ): number | null {
    if (!actNumberMayFollow(text, term.end)) return null;
    for (const parse of dispatch[text.charCodeAt(actAt) | 0x20] ?? []) {
      const found = parse(text, actAt, inner);
      const first = typeof found === 'number' ? undefined : found?.[0];
      if (!found || typeof found === 'number' || !first || first.kind !== 'eu-act') continue;
      const start = Math.min(term.start, first.start);
      found[0] = { ...first, start, text: text.slice(start, first.end) };
      if (place(out, found)) return found[found.length - 1]?.end ?? actAt;
    }
    return null;
  }

  function scan(text: string): Detection[] {
    const out: Detection[] = [];
    // Every form the glued names and the extra passes read is numbered; most blocks of prose
    // have no digit at all, and one search for a digit spares them eight searches of their own.
    const numbered = DIGIT.test(text);
    const glued = numbered ? gluedStarts(text) : null;
    let g = 0;
    let pos = 0;
    while (pos < text.length) {
      master.lastIndex = pos;
      const m = master.exec(text);
      if (glued) {
        while (g < glued.length && (glued[g] ?? 0) < pos) g++;
        const next = glued[g];
        if (next !== undefined && (!m || next < m.index)) {
          g++;
          pos = cite(text, next, out) ?? next + 1;
          continue;
        }
      }
      if (!m) break;
      const at = m.index;
      const matched = m[0];
      pos = at + 1;
      // `\b` rules out an ASCII letter or digit before the match, not an accented one.
      if (!startsWord(text, at)) continue;
      const hit = terms.lookup(matched);
      if (!hit || hit.mayCite) {
        const end = cite(text, at, out);
        if (end !== null) {
          pos = end;
          continue;
        }
      }
      const term = hit
        ? terms.detect(text, at, matched, hit)
        : terms.shadowed
          ? terms.at(text, at)
          : null;
      if (term) {
        const act =
          numbered && hit && hit.actAt > 0 ? citeActAfter(text, term, at + hit.actAt, out) : null;
        if (act !== null) {
          pos = act;
          continue;
        }
        out.push(term);
        pos = term.end;
      }
    }
    return numbered ? mergeDetections(out, extraPasses(text)) : out;
  }

  return (text) => {
    const norm = normalise(text);
    return norm ? restore(text, norm, scan(norm.text)) : scan(text);
  };
}
