import { matchAt, NOT_WORD_AFTER } from './grammar';
import { detection, type Parser } from './parser';
import { frameworkOrType, yearFirstAfterNumberWord } from './eu-old-style';
import type { Detection } from './types';

// EU acts and their CELEX numbers (CONTRACT §2; EUR-Lex): "Verordening (EU) 2021/1232" →
// celex-32021R1232, "Richtlijn 2002/58/EG" → celex-32002L0058, "Kaderbesluit 2008/913/JBZ" and
// "Council Framework Decision 2008/977/JHA" → type F, also "Decision 2002/475/JHA" (a framework
// decision's number, eu-old-style.ts), "Beschikking 2000/520/EG" → D,
// "Uitvoeringsverordening (EU) 2019/947", "Verordening (EU, Euratom) 2024/2509", old-style
// "Besluit nr. 1386/2013/EU" (number/year), lists ("Verordeningen (EG) nr. 1/2003 en (EG) nr.
// 139/2004", "Regulations (EU) No 1303/2013 and (EU) No 1305/2013", "Richtlijnen 2014/24/EU en
// 2014/25/EU": each act), "COM(2022) 209" and "COM/2022/209" → celex-52022PC0209, and CELEX
// numbers ("CELEX:32021R1232", "CELEX-nummer 32016R0679", a bare "32016R0679").
//
// Before 2015 regulations were numbered number/year ("Verordening (EG) nr. 45/2001"), directives
// and decisions year/number; since 2015 every act is year/number. The "nr." tells the number/year
// form apart except for directives and decisions ("richtlijn nr. 91/68/EEG", eu-old-style.ts),
// and so does the act word: a regulation's number without "nr." is read number/year
// when its year is before 2015 ("de Verordeningen 1303/2013 en 1301/2013", "Raadsverordening (EG)
// 1/2003", "Regulations (EU) Nos 1296/2013, 1301/2013 … and Decision No 541/2014/EU"). A bare
// "N/YYYY" is an act only right after an act word or in a list led by one; elsewhere ("NJ
// 2012/77", "M&M 2003/1", case "21/6676") it is left alone.
//
// A footnote marker in a <sup> joins the number in a block's text ("Verordening (EU) 2017/19393
// wordt uitgevoerd": act 2017/1939, note 3; "Regulations (EU) 2019/9471": act 2019/947, note
// 1). Each year's numbers have a bound (`highestNumber`): a number above it is read as the
// longest number within it and a marker (`sequence`); likewise a year of five or six digits
// after "nr." ("nr. 45/20013"); a marker after the ending ("Kaderbesluit 2008/913/JBZ3") is not
// read as part of it. The marker is left out of the mark. A number within the bound is taken as
// written, and where no reading fits the act gets no id rather than a wrong one.

const TAG_NAME = '(?:EU|EG|EEG|EC|EEC|EGKS|EKSG|ECSC|Euratom|GBVB|CFSP|JBZ|JHA)';
const TAG = `(?:\\(${TAG_NAME}(?:\\s*,\\s*${TAG_NAME})*\\)\\s*)`;
const ENDING = '(?:/(EU|EG|EEG|EC|EEC|EGKS|EKSG|ECSC|Euratom|JBZ|JHA|GBVB|CFSP))?';
/**
 * Year and number apart by a slash, or, right after the EU marker, by a space as PDF and OCR text
 * gives it ("Verordening (EU) 2024 1398"; checked in `yearNumber`), never an amount after a year.
 */
const SEPARATOR =
  '(?:/|(?<=\\)\\s*\\d{4})[ \\u00a0](?=\\d{1,4}(?![\\d/]|[.,]\\d|\\s*(?:%|procent|percent|miljoen|miljard|million|billion|euro))))';
/**
 * Not a date ("1/2/2003") and not a legislative procedure's number ("2016/0282(COD)", with the
 * procedure types of the Legislative Observatory): neither is an act's number, also in a list
 * after an act word. A short name in parentheses ("2016/679 (AVG)") is no procedure type.
 */
const NOT_AN_ACT =
  '(?!/\\d)(?!\\s*\\(\\s*(?:COD|CNS|NLE|APP|AVC|SYN|BUD|DEC|INI|INL|RSP|ACI|COS|DCE|IMM|REG|RPS|RSO|INS)\\s*\\))';
const NUMBER = `(${TAG})?(?:(nrs?\\.?|nos?\\.?)\\s*)?(\\d{1,4})${SEPARATOR}(\\d{1,6})${ENDING}(?:(?<=[A-Za-z])(?=\\d{1,2}(?!\\d))|(?!\\d)${NOT_WORD_AFTER}${NOT_AN_ACT})`;
/**
 * The act words, also the compounds that name the institution or the kind of act
 * ("Raadsverordening", "Commissieverordening", "Uitvoeringsverordening", "Raadsrichtlijn",
 * "Kaderrichtlijn", "Commissiebesluit", "Raadsbeschikking"); a prefix written apart
 * ("gedelegeerde verordening", "EG-richtlijn") stands before the word the scan finds.
 */
const WORD =
  '((?:Uitvoerings|Raads|Commissie|Kader)?(?:verordening|richtl(?:ij|\\u0133)n|beschikking)(?:en)?|' +
  '(?:Uitvoerings|Raads|Commissie)?besluit(?:en)?|Kaderbesluit(?:en)?|Regulations?|Directives?|' +
  'Framework\\s+Decisions?|Decisions?)';
const ACT = new RegExp(`${WORD}\\s*${NUMBER}`, 'iy');
const NEXT = new RegExp(`(?:\\s*,\\s*|\\s+(?:en|and|&)\\s+)${NUMBER}`, 'iy');
const COM = /COM\s*(?:\(\s*(\d{4})\s*\)|\/(\d{4})\/)\s*(\d{1,4})(?!\d)/y;
const CELEX =
  /(?:CELEX(?:[-\s]?(?:nummer|number|nr\.?|no\.?))?\s*[:=]?\s*)?([1-9]\d{4}[A-Z]{1,2}\d{4})(?!\d)(?![A-Za-z])/iy;

/** The CELEX type letter of an act by the (lower-cased, ligature-free) word that names it. */
function typeOf(word: string): string | undefined {
  const w = word.replace(/\s+/g, ' ');
  if (/^(?:kaderbesluit|framework decision)/.test(w)) return 'F';
  if (/verordening|^regulation/.test(w)) return 'R';
  if (/richtlijn|^directive/.test(w)) return 'L';
  if (/besluit|^beschikking|^decision/.test(w)) return 'D';
  return undefined;
}

/** "2002" → 2002, "98" → 1998, "02" → 2002. */
export function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

function plausibleYear(y: number): boolean {
  return y >= 1950 && y <= 2099;
}

/** Acts numbered per year in one sequence from this year on (see above). */
const SEQUENCE_FROM = 2015;
/**
 * The last year read as the year of an act in the yearly sequence when a regulation's number
 * could also be number/year: well past today, while old regulations' numbers above it
 * ("Verordening (EG) 2062/94") are common.
 */
const LATEST_SEQUENCE_YEAR = 2040;
/** Directives numbered in a sequence of their own from this year until 2015 (see below). */
const DIRECTIVES_APART_FROM = 1992;

/**
 * The highest number an act of `type` (CELEX letter) can have in the year/number form of
 * `year`. Since 2015 every act of the Official Journal's L series shares one yearly sequence,
 * and EUR-Lex's statistics count two to three thousand acts a year: it has stayed below 4 000.
 * Before 2015 the form belonged to decisions and framework decisions, about 1 100 a year in
 * 2014's statistics (below 2 000), and to directives: numbered in that same sequence until 1991
 * ("Richtlijn 80/1119/EEG"), apart since 1992 (by the Council's General Secretariat,
 * Interinstitutional Style Guide 1.2.2) and never near 1 000 a year since.
 */
export function highestNumber(year: number, type: string): number {
  if (year >= SEQUENCE_FROM) return 3999;
  return type === 'L' && year >= DIRECTIVES_APART_FROM ? 999 : 1999;
}

interface Sequence {
  number: string;
  /** Digits of a glued footnote marker after the number. */
  marker: number;
}

/**
 * The sequential number in `digits` (what follows "YYYY/"), leaving out a glued footnote marker
 * where one can be there (no ending such as "/EG" follows). A number within `highest` is taken as
 * written: a marker glued to it cannot be told apart. From 2015 on a longer or higher one is the
 * longest number within the bound and a marker of one or two digits ("2019/9471" is 947 and note
 * 1, "2017/19393" is 1939 and note 3); before 2015 only a four-digit number above the bound is
 * read, as three digits and a one-digit note ("Richtlijn 2006/1231"): longer ones are ambiguous
 * and give no act. A marker never starts with 0. Null when no reading fits.
 */
function sequence(digits: string, highest: number, year: number, glued: boolean): Sequence | null {
  if (digits.length <= 4 && Number(digits) <= highest) return { number: digits, marker: 0 };
  if (!glued) return null;
  const longest = year >= SEQUENCE_FROM ? 2 : 1;
  if (year < SEQUENCE_FROM && digits.length !== 4) return null;
  for (let length = Math.min(4, digits.length - 1); digits.length - length <= longest; length--) {
    const number = digits.slice(0, length);
    if (digits.charAt(length) !== '0' && Number(number) <= highest) {
      return { number, marker: digits.length - length };
    }
  }
  return null;
}

interface Act {
  id: string;
  /** Digits of a glued footnote marker at the end of the match, to leave out of the mark. */
  marker: number;
}

interface Numbered {
  year: number;
  number: string;
  marker: number;
}

/** "nr. 45/2001" (number/year): a marker glued to a year of five or six digits is left out. */
function numberYear(a: string, b: string, ending: string | undefined): Numbered | null {
  let marker = 0;
  let year = b;
  if (year.length > 4) {
    if (ending !== undefined) return null;
    marker = year.length - 4;
    year = year.slice(0, 4);
  }
  if (year.length !== 4 && year.length !== 2) return null;
  const full = fullYear(year);
  return plausibleYear(full) ? { year: full, number: a, marker } : null;
}

/**
 * "2019/947", "02/584/JBZ" (year/number; a two-digit year only with an EU marker); `spaced`:
 * "(EU) 2024 1398", only in the yearly sequence since 2015, whose acts carry the marker before
 * the year, and with no footnote marker read off (a space is too weak a sign to cut digits on).
 */
function yearNumber(
  a: string,
  b: string,
  type: string,
  marked: boolean,
  spaced: boolean,
  ending?: string,
) {
  if (a.length !== 4 && !(a.length === 2 && marked)) return null;
  const year = fullYear(a);
  if (!plausibleYear(year) || (spaced && year < SEQUENCE_FROM)) return null;
  const read = sequence(b, highestNumber(year, type), year, ending === undefined && !spaced);
  return read && { year, number: read.number, marker: read.marker };
}

/**
 * A regulation's number without "nr." ("Verordening 1303/2013", "Raadsverordening (EG) 1/2003",
 * "verordening 1408/71", "Verordening (EU) 2016/679"): year/number only in the yearly sequence
 * since 2015, number/year before it (regulations never had the year first before 2015, so
 * "Verordening (EG) 2006/2004" is regulation 2006 of 2004). A two-digit year only from 1958,
 * the first year of EEC regulations.
 */
function regulationNumber(a: string, b: string, marked: boolean, spaced: boolean, ending?: string) {
  const sequenced = yearNumber(a, b, 'R', marked, spaced, ending);
  // The sequence's acts are cited with the whole year ("44/2001" is no act 2001 of 2044), and a
  // first number past LATEST_SEQUENCE_YEAR is an old regulation's ("2062/94" is of 1994).
  const inSequence = sequenced && a.length === 4 && sequenced.year <= LATEST_SEQUENCE_YEAR;
  if (sequenced && inSequence && sequenced.year >= SEQUENCE_FROM) return sequenced;
  if (spaced || (b.length === 2 && Number(b) < 58)) return null;
  const old = numberYear(a, b, ending);
  return old && old.year < SEQUENCE_FROM ? old : null;
}

/**
 * The CELEX id of an act of `type` numbered by groups 1–5 of NUMBER (from `m[offset]`);
 * `prefixed`: the act word carries an EU marker ("EG-richtlijn 95/46"), as good as "(EG)".
 */
function celex(type: string, m: RegExpExecArray, offset: number, prefixed = false): Act | null {
  const tag = m[offset];
  const numberMark = m[offset + 1];
  const a = m[offset + 2] ?? '';
  const b = m[offset + 3] ?? '';
  const ending = m[offset + 4];
  const spaced = !m[0].includes(`${a}/`);
  const marked = prefixed || ending !== undefined || tag !== undefined;
  // A decision is only trusted with its EU marker: "Besluit 12/345" is usually national.
  if ((type === 'D' || type === 'F') && !marked) return null;
  const read =
    numberMark !== undefined
      ? yearFirstAfterNumberWord(type, a, b, ending)
        ? yearNumber(a, b, type, marked, spaced, ending)
        : (numberYear(a, b, ending) ??
          // "Verordening (EU) nr. 2019/1150": "nr." before a number of the yearly sequence.
          (Number(a) >= SEQUENCE_FROM ? yearNumber(a, b, type, marked, spaced, ending) : null))
      : type === 'R'
        ? regulationNumber(a, b, marked, spaced, ending)
        : (yearNumber(a, b, type, marked, spaced, ending) ??
          // Old-style decisions without "nr.": "Besluit 1247/2002/EG".
          (b.length === 4 && ending !== undefined
            ? { year: Number(b), number: a, marker: 0 }
            : null));
  if (!read || !plausibleYear(read.year) || Number(read.number) === 0) return null;
  const kind = frameworkOrType(type, read.year, read.number, ending);
  return { id: `celex-3${read.year}${kind}${read.number.padStart(4, '0')}`, marker: read.marker };
}

/** An EU marker joined to the act word before `at`: "EG-richtlijn", "EU-verordening". */
const MARKER_BEFORE = /(?<![A-Za-z])(?:EU|EG|EEG|EC|EEC)-$/;

function acts(text: string, at: number): Detection[] | null {
  const act = matchAt(ACT, text, at);
  if (!act) return null;
  const type = typeOf((act[1] ?? '').toLowerCase().replace('\u0133', 'ij'));
  const prefix = MARKER_BEFORE.exec(text.slice(Math.max(0, at - 5), at))?.[0] ?? '';
  const first = type && celex(type, act, 2, prefix !== '');
  if (!type || !first) return null;
  const start = at - prefix.length;
  const out = [detection(text, start, ACT.lastIndex - first.marker, 'eu-act', first.id)];
  let pos = ACT.lastIndex;
  for (let next = matchAt(NEXT, text, pos); next; next = matchAt(NEXT, text, pos)) {
    const found = celex(type, next, 1);
    if (!found) break;
    const lead = /^(?:\s*,\s*|\s+(?:en|and|&)\s+)/i.exec(next[0])?.[0].length ?? 0;
    const end = NEXT.lastIndex - found.marker;
    out.push(detection(text, next.index + lead, end, 'eu-act', found.id));
    pos = NEXT.lastIndex;
  }
  return out;
}

export const parseEuAct: Parser = (text, at) => {
  const found = acts(text, at);
  if (found) return found;
  const com = matchAt(COM, text, at);
  if (com) {
    const year = com[1] ?? com[2] ?? '';
    const nr = com[3] ?? '';
    if (!plausibleYear(Number(year))) return null;
    return [detection(text, at, COM.lastIndex, 'eu-act', `celex-5${year}PC${nr.padStart(4, '0')}`)];
  }
  const written = matchAt(CELEX, text, at);
  if (written?.[1] !== undefined) {
    return [detection(text, at, CELEX.lastIndex, 'eu-act', `celex-${written[1].toUpperCase()}`)];
  }
  return null;
};

/**
 * "(EU) nr. 223/2014", "(EG) nr. 45/2001", "(EEG) nr. 1408/71", "(EU) No 1303/2013" without a
 * word before them (a list continued without it: "(EU) nr. 223/2014, (EU) nr. 283/2014 en
 * Besluit …"). The form number/year after "nr." and an EU marker in parentheses is that of a
 * regulation before 2015 (EUR-Lex; directives and decisions were year/number, and an old-style
 * decision carries an ending "/EU"), so it is read as one; a year/number form after the marker
 * ("(EU) 2016/679") names acts of every type since 2015 and is left to its word.
 */
const NUMBERED_REGULATION = new RegExp(
  `\\(\\s*(?:EU|EG|EEG|EC|EEC)\\s*\\)\\s*(nr\\.?|no\\.?)\\s*(\\d{1,4})/(\\d{2}|\\d{4})(?![\\d/])${NOT_WORD_AFTER}`,
  'iy',
);

const NONE: readonly Detection[] = [];

/**
 * Regulations cited by "(EU) nr. N/YYYY" alone (see above): one `eu-act` detection each, from
 * the parenthesis to the year. Anchored on "(E", so a block without one costs a single search.
 */
export function findNumberedRegulations(text: string): readonly Detection[] {
  let out: Detection[] | null = null;
  for (let at = text.indexOf('(E'); at >= 0; at = text.indexOf('(E', at + 2)) {
    const m = matchAt(NUMBERED_REGULATION, text, at);
    if (!m) continue;
    const year = fullYear(m[3] ?? '');
    const number = m[2] ?? '';
    if (!plausibleYear(year) || year >= SEQUENCE_FROM || Number(number) === 0) continue;
    out ??= [];
    const id = `celex-3${year}R${number.padStart(4, '0')}`;
    out.push(detection(text, at, NUMBERED_REGULATION.lastIndex, 'eu-act', id));
  }
  return out ?? NONE;
}
