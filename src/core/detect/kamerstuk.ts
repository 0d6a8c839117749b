import {
  AND_OTHERS,
  DOSSIER,
  dossierId,
  isMisSpaced,
  kamerstukId,
  matchAt,
  NOT_WORD_AFTER,
  RIJKSWET,
  SUFFIX,
  YEAR,
} from './grammar';
import { hyphenItems } from './hyphen-list';
import { kamerstukDetections, parseNumbers, withFollowing } from './nr-list';
import { detection, type Parser } from './parser';
import type { Detection } from './types';

// Citations that open with a keyword, in every way chambers, publishers and authors write them
// (CONTRACT §2; the Leidraad voor juridische auteurs; tweedekamer.nl, eerstekamer.nl): "Kamerstuk
// 26 643, nr. 1011", "Kamerstukken II 2021/22, 26 643, nr. 885", "Kamerstukken II, 2024-2025,
// 32 317, nr. 906", "Kamerstuk 32317-891", "kamerstukdossier 34843 -113", "Kamerstukken I 2023/24,
// 36 244, C", "Kamerstukken EK, 2019-2020, 35 300, AB", "TK 2019-2020, 35300, nummer 7",
// "Kamerstukken 2, 2019-2020, 35300, 7", "Tweede Kamer 2019-2020, 35300, 7", "Kamerstukken II,
// 35 300 7", "Parliamentary Papers II 2022/23, 36 200 VI, no. 3", and whole dossiers
// ("Kamerstukken 31945", "dossier 34 843").
//
// Decisions on ambiguous forms:
// - One document numbered in several dossiers ("Kamerstukken 26 643 en 34 843, nr. 1069",
//   "Kamerstuk 31728, 30914, nr. 5") is one detection with the id of the first dossier
//   (kst-26643-1069, kst-31728-5); officielebekendmakingen files it under that number too. Two
//   dossiers joined by "en" or "/" without a number are two dossier detections; a comma alone
//   joins dossiers only when a number follows (otherwise it may be anything).
// - A vergaderjaar may span several years ("Kamerstukken II 1993/94-1996/97, 23761": a dossier
//   that ran for years) and may be glued to the dossier number as text extraction joins the
//   inline parts of an officielebekendmakingen letterhead ("Tweede Kamer der
//   Staten-Generaal2016-201734700 nr. 19").
// - A hyphen number after the dossier is a sub-dossier when one or two digits and a "nr." follows
//   ("21 501-33, nr. 1012"), otherwise the document number ("32317-891"); after the singular
//   "Kamerstuk" a short one is the document number as well ("Kamerstuk 32317-89").
// - "e.a." after the dossier ("29 762 e.a., D", "29 762 e.a., nr. 12"): the paper is filed under
//   the dossier named; without a number or letter after it, it stays the dossier.
// - A dossier number split by PDF extraction ("323 17") is only repaired when a "nr." follows.
// - A number without a number word ("35300, 7") is the document number only after a keyword
//   that names papers, and never when a month, decimal or fraction follows ("35300, 7 juni").
// - "Tweede Kamer"/"Eerste Kamer" only open a citation with a vergaderjaar, and, like "TK", only
//   a numbered one: "TK 26 643" alone is not marked.

const KEYWORD =
  /([Kk]amerstuk(?:ken|dossier|nummer)?|[Kk]amerst\.|Kst\.?|[Dd]ossiers?(?:nummer|nr\.?)?|TK|EK|Tweede Kamer|Eerste Kamer|Parliamentary (?:[Pp]apers?|[Dd]ocuments?))(?![a-z])(?:\s+der\s+Staten-Generaal)?/y;
const CHAMBER = /[ \u00a0]+(II|I|2|1|TK|EK|Tweede Kamer|Eerste Kamer)(?![A-Za-z0-9])/y;
const GAP = /\s*[,:]?\s*/y;
/** "2016-2017" glued to the dossier after it: four-digit years only, a digit must follow. */
const GLUED_YEAR = '(?:19|20)\\d\\d[-\\u2013](?:19|20)\\d\\d(?=[1-9]\\d)';
/** "1993/94-1996/97", "2004/05 t/m 2006/07", "2019/20 en 2020/21", "2019/20, 2020/21". */
const YEAR_SPAN = `${YEAR}(?:(?:\\s*[-\\u2013\\u2014,]\\s*|\\s+(?:t/m|tot\\s+en\\s+met|en)\\s+)${YEAR}){0,3}`;
const YEAR_PART = new RegExp(
  `(?:[Vv]ergaderjaar\\s+)?(?:${GLUED_YEAR}|${YEAR_SPAN})\\s*,?\\s*`,
  'y',
);
const FIRST = new RegExp(`${DOSSIER}(?:${SUFFIX})?${RIJKSWET}`, 'y');
const SECOND = new RegExp(`(?:\\s+(?:en|&)\\s+|\\s*/\\s*)${DOSSIER}(?:${SUFFIX})?`, 'y');
/** A further dossier of a list ("31728, 30914, nr. 5"), trusted only when a number follows. */
const LISTED = new RegExp(`\\s*,\\s*${DOSSIER}(?:${SUFFIX})?`, 'y');
/** At most this many dossiers share one document number. */
const MAX_DOSSIERS = 4;
const AND_OTHERS_RE = new RegExp(AND_OTHERS, 'y');
const NR_LEAD = /\s*,?\s*(?=[Nn][Rr]|[Nn]ummer|[Nn][Oo]s?\.|[Nn]o [0-9]|[Ll]etter)/y;
const HYPHEN_NR = /[ \u00a0]?[-\u2013][ \u00a0]?(\d+)(?!\d)/y;
const EK_LETTER = new RegExp(`\\s*,\\s*([A-Z]{1,3})${NOT_WORD_AFTER}`, 'y');
const PLAIN_NR = new RegExp(
  `\\s*,?\\s*(\\d{1,4})${NOT_WORD_AFTER}(?!\\s*(?:[.,/:]\\d|%|\\d|(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|miljoen|miljard|procent|euro|keer|maal)))`,
  'iy',
);
/** Keywords that stand for a chamber, not a paper: they need a number after the dossier. */
const CHAMBER_ONLY = new Set(['TK', 'EK', 'Tweede Kamer', 'Eerste Kamer']);
const SECOND_CHAMBER = new Set(['II', '2', 'TK', 'Tweede Kamer']);

interface Dossier {
  raw: string;
  id: string;
  subNumber: string | undefined;
  /** A suffix of letters ("VI", "A"). */
  letters: string | undefined;
  start: number;
  end: number;
}

function readDossier(re: RegExp, text: string, at: number): Dossier | null {
  const m = matchAt(re, text, at);
  const raw = m?.[1];
  if (!m || raw === undefined) return null;
  const subNumber = m[2];
  const suffix = subNumber ?? m[3];
  const end = m.index + m[0].length;
  const start = m.index + m[0].indexOf(raw);
  return { raw, id: dossierId(raw, suffix), subNumber, letters: m[3], start, end };
}

/**
 * The papers numbered at `at`, or, when every number there is lettered ("nr. 147a": no id, see
 * nr-list.ts), the position after them, so that nothing reads the citation again.
 */
function numbered(
  text: string,
  start: number,
  at: number,
  dossier: string,
): Detection[] | number | null {
  if (!matchAt(NR_LEAD, text, at)) return null;
  const items = parseNumbers(text, NR_LEAD.lastIndex);
  if (!items) return null;
  const found = kamerstukDetections(text, start, items, dossier);
  return found.length > 0 ? found : (items[items.length - 1]?.end ?? at);
}

/**
 * The Eerste Kamer letter after a comma at `at` ("36 228, A") and those a list or range after it
 * names ("A en B", "C t/m E", "A, B en C"): one detection each, the first from `start`. Null when
 * no letter stands there.
 */
function letters(text: string, start: number, at: number, dossier: string): Detection[] | null {
  const letter = matchAt(EK_LETTER, text, at);
  const nr = letter?.[1];
  if (nr === undefined) return null;
  const end = EK_LETTER.lastIndex;
  const items = withFollowing(text, { nr, start: end - nr.length, end }, true);
  return kamerstukDetections(text, start, items, dossier);
}

/** The paper's letter after the dossier in an Eerste Kamer letterhead ("34 700 B", "35 300 VI A"). */
const HEAD_LETTER = new RegExp(`[ \\u00a0]*([A-Z]{1,3})${NOT_WORD_AFTER}`, 'y');

/**
 * The letter of an Eerste Kamer letterhead: after the dossier, or read as the dossier's suffix
 * when nothing follows it (the letterhead always names the paper, so a lone "B" is the paper's
 * letter, not a chapter of the dossier). Null when there is none.
 */
function letterheadLetter(text: string, first: Dossier): { id: string; end: number } | null {
  const after = matchAt(HEAD_LETTER, text, first.end);
  if (after?.[1] !== undefined) {
    return { id: kamerstukId(first.id, after[1]), end: HEAD_LETTER.lastIndex };
  }
  if (first.letters === undefined || first.letters.length > 2) return null;
  return { id: kamerstukId(dossierId(first.raw), first.letters), end: first.end };
}

/** Keyword, chamber and vergaderjaar: where the dossier should start, or null. */
function opening(text: string, at: number) {
  const key = matchAt(KEYWORD, text, at);
  const keyword = key?.[1];
  if (!key || keyword === undefined) return null;
  let pos = KEYWORD.lastIndex;
  let chamber = matchAt(CHAMBER, text, pos);
  if (chamber) pos = CHAMBER.lastIndex;
  pos = matchAt(GAP, text, pos) ? GAP.lastIndex : pos;
  const year = matchAt(YEAR_PART, text, pos);
  if (year) pos = YEAR_PART.lastIndex;
  // A chamber written as a digit ("Kamerstukken 2, 2019-2020") needs the vergaderjaar after it.
  if (chamber && /^\d$/.test(chamber[1] ?? '') && !year) {
    chamber = null;
    pos = KEYWORD.lastIndex;
    pos = matchAt(GAP, text, pos) ? GAP.lastIndex : pos;
  }
  if ((keyword === 'Tweede Kamer' || keyword === 'Eerste Kamer') && !year) return null;
  const house = chamber?.[1] ?? keyword;
  // The Eerste Kamer's letterhead: "Eerste Kamer der Staten-Generaal 2016–2017 34 700 B".
  const ekLetterhead = keyword === 'Eerste Kamer' && key[0].endsWith('Staten-Generaal');
  return { keyword, pos, secondChamber: SECOND_CHAMBER.has(house), ekLetterhead };
}

export const parseKamerstuk: Parser = (text, at) => {
  const open = opening(text, at);
  if (!open) return null;
  const { keyword } = open;
  const first = readDossier(FIRST, text, open.pos);
  if (!first) return null;
  const chamberOnly = CHAMBER_ONLY.has(keyword);
  const singular = /^[Kk]amerstuk$|^Parliamentary/.test(keyword);
  const misSpaced = isMisSpaced(first.raw);

  let last = first;
  for (let k = 1; k < MAX_DOSSIERS; k++) {
    const next = readDossier(SECOND, text, last.end) ?? readDossier(LISTED, text, last.end);
    if (!next) break;
    last = next;
  }
  // "29 762 e.a., D": the number or letter follows the "e.a.".
  const others = last === first ? matchAt(AND_OTHERS_RE, text, first.end) : null;
  if (others) {
    const shared = numbered(text, at, AND_OTHERS_RE.lastIndex, first.id);
    if (shared) return shared;
    const lettered = open.secondChamber
      ? null
      : letters(text, at, AND_OTHERS_RE.lastIndex, first.id);
    if (lettered) return lettered;
  }
  if (last !== first) {
    const shared = numbered(text, at, last.end, first.id);
    if (shared) return shared;
    // "Kamerstukken 36410-6 en 36410-7": a list of papers in the hyphen form (glued digits, as
    // tweedekamer.nl writes a paper's number), not of sub-dossiers, which are printed spaced as
    // on their letterheads ("Kamerstukken 21 501-33 en 21 501-20" stays two dossiers).
    if (first.subNumber !== undefined && /^\d+$/.test(first.raw) && !/^[Dd]ossier/.test(keyword)) {
      const items = hyphenItems(text, first.end);
      if (items.length > 0) {
        const id = kamerstukId(dossierId(first.raw), first.subNumber);
        return [detection(text, at, first.end, 'kamerstuk', id), ...items];
      }
    }
  }
  const second = readDossier(SECOND, text, first.end);
  if (second) {
    if (chamberOnly || misSpaced || isMisSpaced(second.raw)) return null;
    return [
      detection(text, at, first.end, 'dossier', `dossier-${first.id}`),
      detection(text, second.start, second.end, 'dossier', `dossier-${second.id}`),
    ];
  }

  const list = numbered(text, at, first.end, first.id);
  if (list) return list;
  if (misSpaced) return null;

  const hyphen = matchAt(HYPHEN_NR, text, first.end);
  if (hyphen?.[1] !== undefined) {
    const end = HYPHEN_NR.lastIndex;
    const id = kamerstukId(first.id, hyphen[1]);
    return [detection(text, at, end, 'kamerstuk', id), ...hyphenItems(text, end)];
  }
  if (first.subNumber !== undefined && singular) {
    const base = dossierId(first.raw);
    return [detection(text, at, first.end, 'kamerstuk', kamerstukId(base, first.subNumber))];
  }
  if (open.ekLetterhead) {
    const letter = letterheadLetter(text, first);
    if (letter) return [detection(text, at, letter.end, 'kamerstuk', letter.id)];
  }
  // An Eerste Kamer letter, whatever chamber is written: "Kamerstukken II 2007/08, 30 881, B"
  // is still paper B (authors mix the chambers up; the Tweede Kamer numbers its papers).
  const lettered = letters(text, at, first.end, first.id);
  if (lettered) return lettered;
  if (!/^[Dd]ossier/.test(keyword)) {
    const plain = matchAt(PLAIN_NR, text, first.end);
    if (plain?.[1] !== undefined) {
      return [
        detection(text, at, PLAIN_NR.lastIndex, 'kamerstuk', kamerstukId(first.id, plain[1])),
      ];
    }
  }
  if (chamberOnly) return null;
  return [detection(text, at, first.end, 'dossier', `dossier-${first.id}`)];
};
