import { matchAt, YEAR, vergaderjaar } from './grammar';
import { detection, type Parser } from './parser';

// Handelingen ("Handelingen II 2022/23, nr. 78, item 23" → h-tk-20222023-78-23; Eerste Kamer
// "Handelingen I …" → h-ek-…) and the Aanhangsel ("Aanhangsel Handelingen II 2024/25, nr. 1028"
// → ah-tk-20242025-1028). The canonical Handelingen id needs the item, so a citation without one
// is not marked; neither is a vergaderjaar on its own.

const CHAMBER = '(II|I|TK|EK)(?![A-Za-z])\\s*,?\\s*(?:vergaderjaar\\s+)?';
const HANDELINGEN = '(?:Handelingen|Hand\\.)';
const NUMBER = '\\s*,?\\s*(?:nr\\.?\\s*)?(\\d+)(?!\\d)';

const PLENARY = new RegExp(
  `${HANDELINGEN}\\s*${CHAMBER}${YEAR}${NUMBER}\\s*,?\\s*(?:item|punt)\\s*(\\d+)(?!\\d)`,
  'iy',
);
const APPENDIX = new RegExp(
  `(?:Aanhangsel|Aanh\\.)\\s+(?:(?:van\\s+)?de\\s+)?${HANDELINGEN}\\s*${CHAMBER}${YEAR}${NUMBER}`,
  'iy',
);

function house(chamber: string): string {
  const c = chamber.toUpperCase();
  return c === 'II' || c === 'TK' ? 'tk' : 'ek';
}

export const parseHandelingen: Parser = (text, at) => {
  const m = matchAt(PLENARY, text, at);
  if (!m) return null;
  const [, chamber = '', y1 = '', y2 = '', nr = '', item = ''] = m;
  const year = vergaderjaar(y1, y2);
  if (!year) return null;
  const id = `h-${house(chamber)}-${year}-${Number(nr)}-${Number(item)}`;
  return [detection(text, at, PLENARY.lastIndex, 'handelingen', id)];
};

export const parseAanhangsel: Parser = (text, at) => {
  const m = matchAt(APPENDIX, text, at);
  if (!m) return null;
  const [, chamber = '', y1 = '', y2 = '', nr = ''] = m;
  const year = vergaderjaar(y1, y2);
  if (!year) return null;
  return [
    detection(
      text,
      at,
      APPENDIX.lastIndex,
      'aanhangsel',
      `ah-${house(chamber)}-${year}-${Number(nr)}`,
    ),
  ];
};
