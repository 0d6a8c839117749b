import { createDispatch, KEYWORDS } from './anchors';
import { createPageContext } from './context';
import { createLetterheadFinder } from './letterhead';
import { createMotionIndex } from './motion-names';
import { createScanner } from './scanner';
import { createTermMatcher } from './terms';
import { buildTrie, compileTrie, trieSource, type Piece } from './trie';
import type { Detector, Lexicon } from './types';

export type { Detection, Detector, Lexicon, PageContext, RefKind } from './types';
export { decides, isAboutRegulation, keepInContext, needsContext } from './context';

function startsAscii(piece: Piece[]): boolean {
  const first = piece[0];
  return typeof first !== 'string' || /^[A-Za-z0-9]/.test(first.trim());
}

interface KeywordPatterns {
  /** Matches a keyword at `lastIndex` (sticky); its users reset `lastIndex` before each test. */
  opensCitation: RegExp;
  /** The literal first piece of each keyword. */
  keywordStarts: readonly string[];
}

// The same for every lexicon: built on the first `createDetector` call and kept.
let keywordPatterns: KeywordPatterns | undefined;

function getKeywordPatterns(): KeywordPatterns {
  keywordPatterns ??= {
    opensCitation: new RegExp(compileTrie(KEYWORDS), 'iy'),
    keywordStarts: KEYWORDS.map((k) => k[0]).filter((p): p is string => typeof p === 'string'),
  };
  return keywordPatterns;
}

/**
 * Compiles the lexicon once into a detector; call the detector once per block of text. All
 * patterns are built here, so a call only scans. See {@link detectorSteps} to build it in parts.
 */
export function createDetector(lexicon: Lexicon): Detector {
  const steps = detectorSteps(lexicon);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `createDetector` in three parts of about equal cost (the terms and their keys; the combined
 * pattern's trie; its source and the pattern): each `next()` runs one, the last returns the
 * detector.
 * A content script runs one per idle period, so building the detector is never one long task.
 */
export function* detectorSteps(lexicon: Lexicon): Generator<void, Detector, void> {
  const { opensCitation, keywordStarts } = getKeywordPatterns();
  const terms = createTermMatcher(lexicon.terms, opensCitation, keywordStarts);
  yield;
  const dispatch = createDispatch(
    createMotionIndex(lexicon.motions),
    createLetterheadFinder(lexicon.dossierTitles),
  );
  const pieces = [...terms.pieces, ...KEYWORDS];
  // `\b` lets the engine skip everything but ASCII word starts, the single biggest speed-up;
  // the rare spelling that opens with another character gets a branch of its own.
  const ascii = buildTrie(pieces.filter(startsAscii));
  const other = pieces.filter((p) => !startsAscii(p));
  yield;
  const source = `\\b${trieSource(ascii)}` + (other.length > 0 ? `|${compileTrie(other)}` : '');
  const scan = createScanner(new RegExp(source, 'gi'), terms, dispatch);
  return Object.assign(scan, { context: createPageContext(lexicon) });
}
