import {
  DOSSIER,
  dossierId,
  isMisSpaced,
  kamerstukId,
  matchAt,
  NOT_WORD_AFTER,
  SUFFIX,
  YEAR,
} from './grammar';
import { kamerstukDetections, parseNumbers } from './nr-list';
import { detection, type Parser } from './parser';
import type { Detection } from './types';

// Citations that open with a keyword: "Kamerstuk 26 643, nr. 1011", "Kamerstukken II 2021/22,
// 26 643, nr. 885", "Kamerstukken II, 2024-2025, 32 317, nr. 906", "Kamerstuk 32317-891",
// "kamerstukdossier 34843 -113", "Kamerstukken I 2023/24, 36 244, C", "TK 26 643, nr. 1043",
// and whole dossiers ("Kamerstukken 31945", "dossier 34 843").
//
// Decisions on ambiguous forms:
// - One document numbered in two dossiers ("Kamerstukken 26 643 en 34 843, nr. 1069") is one
//   detection with the id of the first dossier (kst-26643-1069); officielebekendmakingen files
//   it under that number too. Two dossiers without a number are two dossier detections.
// - A hyphen number after the dossier is a sub-dossier when one or two digits and a "nr." follows
//   ("21 501-33, nr. 1012"), otherwise the document number ("32317-891"); after the singular
//   "Kamerstuk" a short one is the document number as well ("Kamerstuk 32317-89").
// - A dossier number split by PDF extraction ("323 17") is only repaired when a "nr." follows.

const KEYWORD =
  /([Kk]amerstuk(?:ken|dossier|nummer)?|[Dd]ossiers?(?:nummer|nr\.?)?|TK|EK)(?![a-z])/y;
const CHAMBER = /[ \u00a0]+(II|I)(?![A-Za-z0-9])/y;
const GAP = /\s*[,:]?\s*/y;
const YEAR_PART = new RegExp(`(?:vergaderjaar\\s+)?${YEAR}\\s*,?\\s*`, 'y');
const FIRST = new RegExp(`${DOSSIER}(?:${SUFFIX})?`, 'y');
const SECOND = new RegExp(`(?:\\s+en\\s+|\\s*/\\s*)${DOSSIER}(?:${SUFFIX})?`, 'y');
const NR_LEAD = /\s*,?\s*(?=[Nn][Rr])/y;
const HYPHEN_NR = /[ \u00a0]?-[ \u00a0]?(\d+)(?!\d)/y;
const EK_LETTER = new RegExp(`\\s*,\\s*([A-Z]{1,3})${NOT_WORD_AFTER}`, 'y');

interface Dossier {
  raw: string;
  id: string;
  subNumber: string | undefined;
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
  return { raw, id: dossierId(raw, suffix), subNumber, start: m.index + m[0].indexOf(raw), end };
}

function numbered(text: string, start: number, at: number, dossier: string): Detection[] | null {
  const lead = matchAt(NR_LEAD, text, at);
  if (!lead) return null;
  const items = parseNumbers(text, NR_LEAD.lastIndex);
  if (!items) return null;
  return kamerstukDetections(text, start, items, dossier);
}

export const parseKamerstuk: Parser = (text, at) => {
  const key = matchAt(KEYWORD, text, at);
  const keyword = key?.[1];
  if (!key || keyword === undefined) return null;
  let pos = KEYWORD.lastIndex;
  const chamber = matchAt(CHAMBER, text, pos);
  if (chamber) pos = CHAMBER.lastIndex;
  pos = matchAt(GAP, text, pos) ? GAP.lastIndex : pos;
  if (matchAt(YEAR_PART, text, pos)) pos = YEAR_PART.lastIndex;

  const first = readDossier(FIRST, text, pos);
  if (!first) return null;
  const isTk = keyword === 'TK' || keyword === 'EK';
  const singular = /^[Kk]amerstuk$/.test(keyword);
  const misSpaced = isMisSpaced(first.raw);

  const second = readDossier(SECOND, text, first.end);
  if (second) {
    const both = numbered(text, at, second.end, first.id);
    if (both) return both;
    if (isTk || misSpaced || isMisSpaced(second.raw)) return null;
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
    return [
      detection(text, at, HYPHEN_NR.lastIndex, 'kamerstuk', kamerstukId(first.id, hyphen[1])),
    ];
  }
  if (first.subNumber !== undefined && singular) {
    const base = dossierId(first.raw);
    return [detection(text, at, first.end, 'kamerstuk', kamerstukId(base, first.subNumber))];
  }
  if (chamber?.[1] !== 'II' && keyword !== 'TK') {
    const letter = matchAt(EK_LETTER, text, first.end);
    if (letter?.[1] !== undefined) {
      return [
        detection(text, at, EK_LETTER.lastIndex, 'kamerstuk', kamerstukId(first.id, letter[1])),
      ];
    }
  }
  if (isTk) return null;
  return [detection(text, at, first.end, 'dossier', `dossier-${first.id}`)];
};
