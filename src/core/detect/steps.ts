import { createDispatch, KEYWORDS } from './anchors';
import { createPageContext } from './context';
import { createLetterheadFinder } from './letterhead';
import { createMotionIndex } from './motion-names';
import { createScanner } from './scanner';
import { createTermMatcher } from './terms';
import { buildTrie, compileTrie, trieSource, type Piece } from './trie';
import type { Detector, Lexicon } from './types';

// Building the detector, apart from index.ts so that the content script can import it without
// the rarer forms, which index.ts puts in their slot (see form-slot.ts).

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
 * `createDetector` (index.ts) in three parts of about equal cost (the terms and their keys; the combined
 * pattern's trie; its source and the pattern): each `next()` runs one, the last returns the
 * detector.
 * A content script runs one per idle period, so building the detector is never one long task.
 * The rarer forms are those in the slot (form-slot.ts): the content script fills it itself.
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
