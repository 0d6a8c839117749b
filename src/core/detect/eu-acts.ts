import {
  fullYear,
  numberYear,
  plausibleYear,
  regulationNumber,
  SEQUENCE_FROM,
  yearNumber,
} from './eu-numbering';
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

interface Act {
  id: string;
  /** Digits of a glued footnote marker at the end of the match, to leave out of the mark. */
  marker: number;
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

/** "Europese" or "EU"/"EG" written apart before the act word: "Europese verordening 2023/24". */
const EUROPEAN_BEFORE = /(?:Europese|EU|EG|EEG)\s+(?:[a-z]+\s+)?$/i;

/**
 * True when year `a` and number `b` (groups of NUMBER at `offset`) have the shape of a
 * vergaderjaar ("2023/24": the next year's two digits) and nothing marks the act as European:
 * "de verordening 2023/24 van de gemeente" is a municipal ordinance of that year, not EU act
 * 2023/24 (issue 12, L1). "(EU) 2023/24", "Verordening 2023/24/EU" and the English words stay acts.
 */
function vergaderjaarShape(m: RegExpExecArray, offset: number, european: boolean): boolean {
  if (european || m[offset] !== undefined || m[offset + 4] !== undefined) return false;
  const a = m[offset + 2] ?? '';
  const b = m[offset + 3] ?? '';
  return a.length === 4 && b.length === 2 && Number(b) === (Number(a) + 1) % 100;
}

function acts(text: string, at: number): Detection[] | null {
  const act = matchAt(ACT, text, at);
  if (!act) return null;
  const type = typeOf((act[1] ?? '').toLowerCase().replace('\u0133', 'ij'));
  const prefix = MARKER_BEFORE.exec(text.slice(Math.max(0, at - 5), at))?.[0] ?? '';
  const european =
    prefix !== '' ||
    /^(?:regulation|directive|framework|decision)/i.test(act[1] ?? '') ||
    EUROPEAN_BEFORE.test(text.slice(Math.max(0, at - 30), at));
  if (vergaderjaarShape(act, 2, european)) return null;
  const first = type && celex(type, act, 2, prefix !== '');
  if (!type || !first) return null;
  const start = at - prefix.length;
  const out = [detection(text, start, ACT.lastIndex - first.marker, 'eu-act', first.id)];
  let pos = ACT.lastIndex;
  for (let next = matchAt(NEXT, text, pos); next; next = matchAt(NEXT, text, pos)) {
    if (vergaderjaarShape(next, 1, european)) break;
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
