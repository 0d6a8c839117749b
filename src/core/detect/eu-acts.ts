import { matchAt, NOT_WORD_AFTER } from './grammar';
import { detection, type Parser } from './parser';

// EU acts and their CELEX numbers: "Verordening (EU) 2021/1232" → celex-32021R1232, "Richtlijn
// 2002/58/EG" → celex-32002L0058, "COM(2022) 209" and "COM/2022/209" → celex-52022PC0209, and a
// CELEX number written out ("CELEX:32021R1232"). Before 2015 regulations were numbered
// number/year ("Verordening (EG) nr. 45/2001"), directives and decisions year/number; the "nr."
// tells the older regulation form apart.

const TAG = '(?:\\((?:EU|EG|EEG|EC|EEC|Euratom)\\)\\s*)';
const ACT = new RegExp(
  `(Verordening|Richtl(?:ij|\\u0133)n|Besluit|Regulation|Directive|Decision)\\s*(${TAG})?(?:(nr\\.?|no\\.?)\\s*)?` +
    `(\\d{1,4})/(\\d{1,4})(?:/(EU|EG|EEG|EC|EEC|JBZ|JHA|GBVB|CFSP))?(?!\\d)${NOT_WORD_AFTER}`,
  'iy',
);
const COM = /COM\s*(?:\(\s*(\d{4})\s*\)|\/(\d{4})\/)\s*(\d{1,4})(?!\d)/y;
const CELEX = /CELEX\s*[:=]?\s*([1-9]\d{4}[A-Z]{1,2}\d{4})(?!\d)/iy;

const TYPE: Record<string, string> = {
  verordening: 'R',
  regulation: 'R',
  richtlijn: 'L',
  directive: 'L',
  besluit: 'D',
  decision: 'D',
};

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

function plausibleYear(y: number): boolean {
  return y >= 1950 && y <= 2099;
}

function celex(m: RegExpExecArray): string | null {
  const [, word = '', tag, numberMark, a = '', b = '', ending] = m;
  const type = TYPE[word.toLowerCase().replace('\u0133', 'ij')];
  if (!type) return null;
  let year: number;
  let number: string;
  if (numberMark !== undefined) {
    if (b.length !== 4 && b.length !== 2) return null;
    year = fullYear(b);
    number = a;
  } else if (a.length === 4) {
    year = Number(a);
    number = b;
  } else if (a.length === 2 && (ending !== undefined || tag !== undefined)) {
    year = fullYear(a);
    number = b;
  } else {
    return null;
  }
  // A decision is only trusted with its EU marker: "Besluit 12/345" is usually national.
  if (type === 'D' && tag === undefined && ending === undefined) return null;
  if (!plausibleYear(year) || Number(number) === 0) return null;
  return `celex-3${year}${type}${number.padStart(4, '0')}`;
}

export const parseEuAct: Parser = (text, at) => {
  const act = matchAt(ACT, text, at);
  const actId = act && celex(act);
  if (actId) return [detection(text, at, ACT.lastIndex, 'eu-act', actId)];
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
