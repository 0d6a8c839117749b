import { endsWord, startsWord } from './chars';
import { fullYear, highestNumber } from './eu-numbering';
import { detection } from './parser';
import { frameworkOrType } from './eu-old-style';
import type { Detection } from './types';

// An EU act's number with its ending but without the word before it, as titles in the Official
// Journal's older style and registers print it: "Council Framework Decision of 13 June 2002 on
// the European arrest warrant … (2002/584/JHA)", "Richtlijn van de Raad van 25 juli 1985 …
// (85/374/EEG)", "type: Framework decision⏎⏎Reference number: 2002/584/JHA". The number alone
// does not say the act's kind: the year/number/ending form belongs to directives, decisions and
// framework decisions (Interinstitutional Style Guide 1.2.2; regulations were number/year), and
// a JHA act may be a framework decision or a decision (Decision 2008/615/JHA). So the kind comes
// from the nearest act word before the number in the same sentence, with no other act number in
// between; without one, or with a word that does not fit the ending (a regulation, a directive
// with JHA), the number gets no id. A decision word before one of the closed set of framework
// decisions' numbers ("Decision 2002/475/JHA") still gives type F (`frameworkOrType`).

const ENDING = /\/(EU|EG|EEG|EC|EEC|Euratom|JBZ|JHA|GBVB|CFSP)(?![A-Za-z0-9])/y;

/** The first letters of the endings: E, J, G, C. */
function opensEnding(code: number): boolean {
  return code === 0x45 || code === 0x4a || code === 0x47 || code === 0x43;
}
const BEFORE = /(?:^|[^\d/.])((?:19|20)?\d\d)\/(\d{1,4})$/;
/** How far back the act's word may stand (an Official Journal title runs to about 200 characters). */
const REACH = 240;
const WORDS =
  /(kaderbesluit|framework\s+decision|richtl(?:ij|\u0133)n|directive|verordening|regulation|beschikking|besluit|decision)/gi;
/** A sentence's end ("… 2002. De …") or a ";": a word before it belongs to another sentence. */
const SENTENCE_END = /[.!?]\s+(?=[A-Z])|;/g;
const ANOTHER_NUMBER = /\d\/\d/;

const THIRD_PILLAR = new Set(['JBZ', 'JHA']);
const FOREIGN_POLICY = new Set(['GBVB', 'CFSP']);

/** The CELEX type letter of the act named by `word` with `ending`, or null when they do not fit. */
function typeOf(word: string, ending: string): string | null {
  const w = word.toLowerCase();
  const framework = w.startsWith('kader') || w.startsWith('framework');
  const decision = !framework && /besluit|beschikking|decision/.test(w);
  if (THIRD_PILLAR.has(ending)) return framework ? 'F' : decision ? 'D' : null;
  if (FOREIGN_POLICY.has(ending)) return decision ? 'D' : null;
  if (/richtl|directive/.test(w)) return 'L';
  return decision ? 'D' : null;
}

/** The last act word in `before` after its last sentence end, with no act number after it. */
function wordBefore(before: string): string | null {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) {
    from = SENTENCE_END.lastIndex;
  }
  let word: RegExpExecArray | null = null;
  WORDS.lastIndex = from;
  for (let m = WORDS.exec(before); m; m = WORDS.exec(before)) word = m;
  if (!word) return null;
  const rest = before.slice(word.index + word[0].length);
  return ANOTHER_NUMBER.test(rest) ? null : (word[1] ?? null);
}

const NONE: readonly Detection[] = [];

/**
 * Acts numbered "YYYY/N/ENDING" with no word of their own (see above): one `eu-act` detection
 * each, spanning the number and its ending. Anchored on "/" and the first letter of an ending,
 * so a block without one costs a single search.
 */
export function findBareActNumbers(text: string): readonly Detection[] {
  let out: Detection[] | null = null;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    if (!opensEnding(text.charCodeAt(slash + 1))) continue;
    ENDING.lastIndex = slash;
    const m = ENDING.exec(text);
    if (!m) continue;
    const number = BEFORE.exec(text.slice(Math.max(0, slash - 10), slash));
    if (!number) continue;
    const [, year = '', nr = ''] = number;
    const start = slash - year.length - 1 - nr.length;
    const end = slash + m[0].length;
    if (!startsWord(text, start) || !endsWord(text, end) || Number(nr) === 0) continue;
    const word = wordBefore(text.slice(Math.max(0, start - REACH), start));
    const type = word && typeOf(word, m[1] ?? '');
    if (!type || Number(nr) > highestNumber(fullYear(year), type)) continue;
    out ??= [];
    const kind = frameworkOrType(type, fullYear(year), nr, m[1]);
    const id = `celex-3${fullYear(year)}${kind}${nr.padStart(4, '0')}`;
    out.push(detection(text, start, end, 'eu-act', id));
  }
  return out ?? NONE;
}
