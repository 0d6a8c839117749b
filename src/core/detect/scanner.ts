import { startsWord } from './chars';
import { findEkLetters, mergeDetections } from './ek-letters';
import type { InnerScan, Parser } from './parser';
import type { TermMatcher } from './terms';
import type { Detection, Detector } from './types';

// The scan: one global pattern (glossary spellings and citation keywords, compiled into one trie
// behind `\b`) finds candidates left to right. At each, the citation parsers for its first letter
// run; if none succeeds, it is looked up as a term. Detections come out ordered and never
// overlap: a citation that turns out to start before the end of earlier marks (a bare
// "26 643, nr. 1043" found from its "nr.", a letterhead whose title holds a glossary term)
// replaces the terms inside it, and is dropped if it would overlap another citation.

function place(out: Detection[], found: Detection[]): boolean {
  const start = found[0]?.start ?? 0;
  let keep = out.length;
  for (; keep > 0; keep--) {
    const last = out[keep - 1];
    if (!last || last.end <= start) break;
    if (last.kind !== 'term') return false;
  }
  out.length = keep;
  out.push(...found);
  return true;
}

export function createScanner(
  master: RegExp,
  terms: TermMatcher,
  dispatch: Map<string, Parser[]>,
): Detector {
  const detect: Detector = (text) => {
    const out: Detection[] = [];
    const inner: InnerScan = (from, to) =>
      detect(text.slice(from, to)).map((d) => ({ ...d, start: d.start + from, end: d.end + from }));
    let pos = 0;
    while (pos < text.length) {
      master.lastIndex = pos;
      const m = master.exec(text);
      if (!m) break;
      const at = m.index;
      pos = at + 1;
      if (!startsWord(text, at)) continue;
      const parsers = dispatch.get(m[0].charAt(0).toLowerCase());
      let placed = false;
      for (const parse of parsers ?? []) {
        const found = parse(text, at, inner);
        if (found && found.length > 0 && place(out, found)) {
          pos = found[found.length - 1]?.end ?? pos;
          placed = true;
          break;
        }
      }
      if (placed) continue;
      const term = terms.resolve(text, at, m[0]) ?? terms.at(text, at);
      if (term) {
        out.push(term);
        pos = term.end;
      }
    }
    return mergeDetections(out, findEkLetters(text));
  };
  return detect;
}
