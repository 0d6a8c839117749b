import { matchAt, YEAR, vergaderjaar } from './grammar';
import { detection, type Parser } from './parser';

// Handelingen ("Handelingen II 2022/23, nr. 78, item 23" → h-tk-20222023-78-23; Eerste Kamer
// "Handelingen I …" → h-ek-…) and the Aanhangsel ("Aanhangsel Handelingen II 2024/25, nr. 1028"
// → ah-tk-20242025-1028). The canonical Handelingen id needs the item, so a citation without one
// is not marked; neither is a vergaderjaar on its own. The chamber may be written out ("Handelingen
// Tweede Kamer 2019-2020") and is left out in the Aanhangsel as tweedekamer.nl writes it
// ("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 512", "Aanhangsel Handelingen 2023/24,
// nr. 512": the Tweede Kamer's). A dossier named between vergaderjaar and number ("Handelingen II
// 2019/20, 35 300 VI, nr. 47, item 9") is the debate's subject, not part of the id.

const CHAMBER_WORD = '(II|I|TK|EK|Tweede\\s+Kamer|Eerste\\s+Kamer)(?![A-Za-z])';
const CHAMBER = `${CHAMBER_WORD}\\s*,?\\s*(?:vergaderjaar\\s+)?`;
const OPTIONAL_CHAMBER = `(?:${CHAMBER_WORD})?\\s*,?\\s*(?:vergaderjaar\\s+)?`;
const SUBJECT =
  '(?:\\s*,?\\s*[1-9]\\d[ .\\u00a0]?\\d{3}(?:[ \\u00a0-][IVXLC]{1,6}[AB]?|-\\d{1,2})?(?![\\dA-Za-z]))?';
const HANDELINGEN = '(?:Handelingen|Hand\\.)';
const NUMBER = '\\s*,?\\s*(?:nr\\.?\\s*)?(\\d+)(?!\\d)';

const PLENARY = new RegExp(
  `${HANDELINGEN}\\s*${CHAMBER}${YEAR}${SUBJECT}${NUMBER}\\s*,?\\s*(?:item|punt)\\s*(\\d+)(?!\\d)`,
  'iy',
);
const APPENDIX = new RegExp(
  `(?:Aanhangsel|Aanh\\.)\\s+(?:(?:van\\s+)?de\\s+)?${HANDELINGEN}\\s*${OPTIONAL_CHAMBER}${YEAR}${NUMBER}`,
  'iy',
);

function house(chamber: string): string {
  const c = chamber.toUpperCase();
  return c === '' || c === 'II' || c === 'TK' || c.startsWith('TWEEDE') ? 'tk' : 'ek';
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
