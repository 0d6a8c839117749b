import { createNumberedParser } from './bare';
import { parseEuAct } from './eu-acts';
import { parseAanhangsel, parseHandelingen } from './handelingen';
import { parseKamerstuk } from './kamerstuk';
import type { LetterheadFinder } from './letterhead';
import type { MotionIndex } from './motion-names';
import { createMotionParser } from './motions';
import { parseOfficial } from './official';
import type { Parser } from './parser';
import type { Dispatch } from './scanner';
import type { Piece } from './trie';

// The words a citation opens with. They join the glossary spellings in the scanner's single
// pattern, so finding a citation costs the scan nothing extra; the parser for the word then reads
// the rest. Where a word is common in prose ("verordening", "com…") the pattern also demands what
// must follow, so ordinary words do not stop the scan.

const OPENS_ACT = { raw: '\\s*[(\\d]' };

export const KEYWORDS: Piece[][] = [
  ['kamerstuk'],
  ['dossier'],
  ['handelingen'],
  ['hand.'],
  ['aanhangsel'],
  ['aanh.'],
  ['tk', { raw: '\\s+\\d' }],
  ['ek', { raw: '\\s+\\d' }],
  ['motie'],
  ...['verordening', 'richtlijn', 'besluit', 'regulation', 'directive', 'decision'].map((w) => [
    w,
    OPENS_ACT,
  ]),
  ['com', { raw: '\\s*[(/]\\s*\\d' }],
  ['celex', { raw: '\\s*[:=]?\\s*\\d' }],
  ['kst', { raw: '-\\d' }],
  ['h', { raw: '-[te]k-\\d' }],
  ['ah', { raw: '-[te]k-\\d' }],
  ['https://'],
  ['http://'],
  ['www.'],
  ['zoek.officielebekendmakingen.nl/'],
  ['officielebekendmakingen.nl/'],
  ['nr', { raw: 's?\\.?\\s*\\d' }],
];

/** Parsers to try, by the lower-cased ASCII code of the keyword's first letter. */
export function createDispatch(
  motions: MotionIndex,
  letterhead: LetterheadFinder | null,
): Dispatch {
  const motion = createMotionParser(motions);
  const numbered = createNumberedParser(letterhead);
  const byLetter = new Map<string, Parser[]>([
    ['k', [parseKamerstuk, parseOfficial]],
    ['d', [parseKamerstuk, parseEuAct]],
    ['t', [parseKamerstuk]],
    ['e', [parseKamerstuk]],
    ['h', [parseHandelingen, parseOfficial]],
    ['a', [parseAanhangsel, parseOfficial]],
    ['m', [motion]],
    ['v', [parseEuAct]],
    ['r', [parseEuAct]],
    ['b', [parseEuAct]],
    ['c', [parseEuAct]],
    ['z', [parseOfficial]],
    ['w', [parseOfficial]],
    ['o', [parseOfficial]],
    ['n', [numbered]],
  ]);
  const dispatch: Dispatch = [];
  for (const [letter, parsers] of byLetter) dispatch[letter.charCodeAt(0)] = parsers;
  return dispatch;
}
