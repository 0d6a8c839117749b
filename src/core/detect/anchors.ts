import { createNumberedParser } from './bare';
import { parseBillNumber } from './bill-numbers';
import {
  createMotionParser,
  parseAanhangsel,
  parseAmendment,
  parseEuAct,
  parseOfficial,
  parsePublication,
} from './form-slot';
import { parseHandelingen } from './handelingen';
import { parseKamerstuk } from './kamerstuk';
import type { LetterheadFinder } from './letterhead';
import type { MotionIndex } from './motion-names';
import { matchAt } from './grammar';
import type { Parser } from './parser';
import type { Dispatch } from './scanner';
import type { Piece } from './trie';

// The words a citation opens with. They join the glossary spellings in the scanner's single
// pattern, so finding a citation costs the scan nothing extra; the parser for the word then reads
// the rest. Where a word is common in prose ("verordening", "com…") the pattern also demands what
// must follow, so ordinary words do not stop the scan.

/**
 * The digits of a footnote marker that text extraction glues to the capitalised citation word of
 * the footnote ("1Kamerstukken II 2020/21, 35570", "12Handelingen II …", "3Verordening (EU) …").
 */
const GLUED_MARKER =
  '\\d{1,3}(?=Kamerst|Handelingen|Aanhangsel|Staatscourant|Staatsblad|Tractatenblad|' +
  'Stb\\.|Stcrt\\.|Trb\\.|Verordening|Richtlijn|Kaderbesluit|Regulation|Directive)';
const MARKER_DIGITS = /\d{1,3}/y;

const OPENS_ACT = { raw: '\\s*(?:[(\\d]|n[ro]s?\\.?\\s*\\d)' };
const YEAR_AHEAD = {
  raw: '(?:\\s+der\\s+Staten-Generaal)?\\s*,?\\s*(?:vergaderjaar\\s+)?(?:19|20)\\d\\d',
};
/** "Proceedings II", "Proceedings, Senate": a chamber must follow. */
const PROCEEDINGS_CHAMBER = { raw: '[\\s,]+(?:ii?|tk|ek|house|senate)(?![a-z])' };
const PUBLICATION_YEAR = {
  raw: '(?:\\s*\\([A-Za-z ,]{12,40}\\))?[\\s,]*(?:van\\s+het\\s+Koninkrijk(?:\\s+der\\s+Nederland(?:\\s?en)?\\.?)?[\\s,]*)?(?:jaargang\\s+)?(?:van\\s+)?(?:nr[.,]?\\s*|no\\.\\s*)?\\d',
};
/** "Stb. 2023", "stb-2023", "Stb. nr. 575", "Stb. no. 132 van 1922" (a number without year). */
const PUBLICATION_SHORT = { raw: '(?:-\\d|\\.?[\\s,]*(?:nr\\.?\\s*|no\\.\\s*)?\\d)' };
/**
 * "wetsvoorstel 36056", "wetsvoorstellen nr. 36.056", "wetsontwerpen 16905": a dossier number in
 * its range follows.
 */
const BILL_NUMBER = { raw: '(?:len|en)?\\s+(?:nr\\.?\\s*)?[1-3]\\d' };
/** "initiatiefvoorstel 34534", "initiatiefvoorstel van wet 34534", "initiatiefvoorstellen 34534". */
const INITIATIVE_NUMBER = {
  raw: '(?:len)?(?:\\s+van\\s+(?:rijks)?wet)?\\s+(?:nr\\.?\\s*)?[1-3]\\d',
};
const ACT_WORDS = [
  'verordening',
  'verordeningen',
  'richtlijn',
  'richtlijnen',
  'besluit',
  'besluiten',
  'kaderbesluit',
  'kaderbesluiten',
  'beschikking',
  'beschikkingen',
  ...['uitvoerings', 'raads', 'commissie'].flatMap((by) =>
    ['verordening', 'richtlijn', 'besluit', 'beschikking'].flatMap((w) => [by + w, `${by + w}en`]),
  ),
  'kaderrichtlijn',
  'kaderrichtlijnen',
  'regulation',
  'regulations',
  'directive',
  'directives',
  'decision',
  'decisions',
  'framework decision',
  'framework decisions',
];

export const KEYWORDS: Piece[][] = [
  ['kamerstuk'],
  ['kamerst.'],
  ['kst.', { raw: '\\s*[I\\d]' }],
  ['dossier'],
  ['handelingen'],
  ['hand.'],
  ['aanhangsel'],
  ['aanh.'],
  ['tk', { raw: '\\s+\\d' }],
  ['ek', { raw: '\\s+\\d' }],
  ['tweede kamer', YEAR_AHEAD],
  ['eerste kamer', YEAR_AHEAD],
  ['parliamentary paper'],
  ['parliamentary document'],
  ['parliamentary proceedings', PROCEEDINGS_CHAMBER],
  ['proceedings', PROCEEDINGS_CHAMBER],
  ['appendix to'],
  // "HTK 2019/20", "HEK 2019/20": the Handelingen abbreviated, a vergaderjaar after them.
  ['htk', YEAR_AHEAD],
  ['hek', YEAR_AHEAD],
  ['motie'],
  ['amendement'],
  ['amendementen'],
  ['subamendement'],
  ['subamendementen'],
  ['aanhangig', { raw: '\\s*:?\\s*[1-9]' }],
  ['wetsvoorstel', BILL_NUMBER],
  ['initiatiefwetsvoorstel', BILL_NUMBER],
  ['initiatief-wetsvoorstel', BILL_NUMBER],
  ['initiatiefvoorstel', INITIATIVE_NUMBER],
  ['initiatiefwet', { raw: '(?:ten)?\\s+(?:nr\\.?\\s*)?[1-3]\\d' }],
  ['wetsontwerp', BILL_NUMBER],
  ['ontwerp van wet', BILL_NUMBER],
  ['ontwerp van rijkswet', BILL_NUMBER],
  ['voorstel van wet', BILL_NUMBER],
  ['voorstel van rijkswet', BILL_NUMBER],
  ...ACT_WORDS.map((w) => [w, OPENS_ACT]),
  ['com', { raw: '\\s*[(/]\\s*\\d' }],
  ['celex', { raw: '(?:[-\\s]?(?:nummer|number|nr\\.?|no\\.?))?\\s*[:=]?\\s*\\d' }],
  // A CELEX number on its own: sector 3 (acts) and 5 (proposals), "32016R0679", "52022PC0209".
  ['3', { raw: '(?:19|20)\\d\\d[RLDF]\\d{4}(?!\\d)' }],
  ['5', { raw: '(?:19|20)\\d\\d[PDSJ]C\\d{4}(?!\\d)' }],
  // A footnote marker glued to the citation word after it ("1Kamerstukken II …"; scanner.ts).
  [{ raw: GLUED_MARKER }],
  ['kst', { raw: '-\\d' }],
  // "Kst II 2019/20, 35300-VI-3": the abbreviation without its dot, a chamber after it.
  ['kst', { raw: '[ \\u00a0]+(?:II?|TK|EK)[ \\u00a0,]' }],
  ['h', { raw: '-[te]k-\\d' }],
  ['ah', { raw: '-[te]k-\\d' }],
  ['stb', PUBLICATION_SHORT],
  ['stbl', PUBLICATION_SHORT],
  ['stcrt', PUBLICATION_SHORT],
  ['trb', PUBLICATION_SHORT],
  ['staatsblad', PUBLICATION_YEAR],
  ['staatscourant', PUBLICATION_YEAR],
  ['tractatenblad', PUBLICATION_YEAR],
  // The English names (publications.ts): "Bulletin of Acts and Decrees 2023", "Government
  // Gazette 2022" or "(Staatscourant)", "Official Gazette (Staatsblad)", "Treaty Series (Trb.)".
  ['bulletin of acts'],
  ['government gazette', { raw: '\\s*[(\\do]' }],
  ['official gazette', { raw: '\\s*[(o]' }],
  ['treaty series', { raw: '\\s*[(o]' }],
  ['https://'],
  ['http://'],
  ['www.'],
  ['zoek.officielebekendmakingen.nl/'],
  ['officielebekendmakingen.nl/'],
  ['eur-lex.europa.eu/'],
  ['nr', { raw: 's?\\.?\\s*(?:\\d|[A-Z]{1,3}\\b)' }],
  ['nummer', { raw: 's?\\s*\\d' }],
  ['no', { raw: 's?\\.?\\s*\\d' }],
  ['letter', { raw: 's?\\s+[A-Z]{1,3}\\b' }],
];

/** Parsers to try, by the lower-cased ASCII code of the keyword's first letter. */
export function createDispatch(
  motions: MotionIndex,
  letterhead: LetterheadFinder | null,
): Dispatch {
  const motion = createMotionParser(motions);
  const numbered = createNumberedParser(letterhead);
  const byLetter = new Map<string, Parser[]>([
    ['k', [parseKamerstuk, parseOfficial, parseEuAct]],
    ['d', [parseKamerstuk, parseEuAct]],
    ['t', [parseHandelingen, parseKamerstuk, parsePublication, parseOfficial]],
    ['e', [parseHandelingen, parseKamerstuk, parseOfficial]],
    ['p', [parseKamerstuk, parseHandelingen]],
    ['s', [parsePublication, parseOfficial, parseAmendment]],
    ['f', [parseEuAct]],
    ['u', [parseEuAct]],
    ['3', [parseEuAct]],
    ['5', [parseEuAct]],
    ['l', [numbered]],
    ['h', [parseHandelingen, parseOfficial]],
    ['a', [parseAanhangsel, parseBillNumber, parseAmendment, parseOfficial]],
    ['m', [motion]],
    ['v', [parseEuAct, parseBillNumber]],
    ['r', [parseEuAct]],
    ['b', [parseEuAct, parsePublication]],
    ['g', [parsePublication]],
    ['c', [parseEuAct]],
    ['z', [parseOfficial]],
    ['w', [parseBillNumber, parseOfficial]],
    ['i', [parseBillNumber]],
    ['o', [parseBillNumber, parseOfficial, parsePublication]],
    ['n', [numbered]],
  ]);
  const dispatch: Dispatch = [];
  for (const [letter, parsers] of byLetter) dispatch[letter.charCodeAt(0)] = parsers;
  /** After a glued footnote marker: the parsers of the citation word behind its digits. */
  const afterMarker: Parser = (text, at, inner) => {
    if (!matchAt(MARKER_DIGITS, text, at)) return null;
    const word = MARKER_DIGITS.lastIndex;
    for (const parse of dispatch[text.charCodeAt(word) | 0x20] ?? []) {
      const found = parse(text, word, inner);
      if (found !== null && (typeof found === 'number' || found.length > 0)) return found;
    }
    return null;
  };
  for (let digit = 0x30; digit <= 0x39; digit++) {
    dispatch[digit] = [...(dispatch[digit] ?? []), afterMarker];
  }
  return dispatch;
}
