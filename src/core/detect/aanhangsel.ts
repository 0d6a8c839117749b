import { matchAt, YEAR, vergaderjaar } from './grammar';
import { CHAMBER_WORD, HANDELINGEN, house } from './handelingen';
import { parseNumbers } from './nr-list';
import { detection, type Parser } from './parser';

// The Aanhangsel der Handelingen, the written questions and their answers: "Aanhangsel
// Handelingen II 2024/25, nr. 1028" → ah-tk-20242025-1028 (CONTRACT §2), with the chamber left
// out as tweedekamer.nl writes it ("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 512",
// "Aanhangsel Handelingen 2023/24, nr. 512": the Tweede Kamer's), lists of numbers, in English
// ("Appendix to the Proceedings II 2019/20, no. 512": there the chamber must be named) and its
// letterhead, read by its fixed subtitle (see `appendixLetterhead`). Rarer on the pages Kamerlens
// reads than the Handelingen themselves, so it loads with the other rare forms (form-slot.ts).

const OPTIONAL_CHAMBER = `(?:${CHAMBER_WORD})?\\s*,?\\s*(?:vergaderjaar\\s+)?`;
/**
 * "Aanhangsel (der | van de | bij de | tot de) Handelingen"; older and English texts shorten
 * both words and may glue them: "Aanh. Hand. II 2004/05, nr. 1234", "Aanh.Hand. II 1985/86 No.
 * 339 p. 667" (the page is not part of the id).
 */
const APPENDIX_WORD =
  '(?:Aanhangsel\\s+|Aanh\\.\\s*|Appendix\\s+to\\s+(?:the\\s+)?)(?:(?:der|(?:van|bij|tot)\\s+de)\\s+)?';
/** Everything before the Aanhangsel's number(s); `parseNumbers` reads them (also lists). */
const APPENDIX = new RegExp(
  `${APPENDIX_WORD}${HANDELINGEN}\\s*,?\\s*${OPTIONAL_CHAMBER}${YEAR}\\s*,?\\s*`,
  'iy',
);
/** A number without a word: "Aanhangsel Handelingen II 2023/24, 512". */
const BARE_NUMBER = /(\d+)(?!\d)/y;

/**
 * The Aanhangsel's letterhead on officielebekendmakingen, in lines or in table cells as pages
 * and text extraction give it: "Tweede Kamer der Staten-Generaal | 2 |⏎Vergaderjaar 2021-2022 |
 * Aanhangsel van de Handelingen |⏎Vragen gesteld door de leden der Kamer, met de daarop door de
 * regering gegeven antwoorden |⏎2349". The vergaderjaar stands before the word, the number after
 * the fixed subtitle every Aanhangsel carries.
 */
const CELL = '[\\s|*]*';
const HEAD_APPENDIX = new RegExp(
  `Aanhangsel\\s+van\\s+de\\s+Handelingen${CELL}Vragen\\s+gesteld\\s+door\\s+de\\s+leden\\s+der\\s+Kamer,?` +
    `\\s+met\\s+de\\s+daarop\\s+door\\s+de\\s+regering\\s+gegeven\\s+antwoorden${CELL}(\\d{1,5})(?![\\d.,/])`,
  'iy',
);
const HEAD_YEAR = new RegExp(`Vergaderjaar\\s+${YEAR}${CELL}$`, 'i');
const HEAD_HOUSE = /(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal[\s\S]*$/i;

function appendixLetterhead(text: string, at: number) {
  const m = matchAt(HEAD_APPENDIX, text, at);
  if (!m) return null;
  const before = text.slice(Math.max(0, at - 120), at);
  const y = HEAD_YEAR.exec(before);
  const year = y && vergaderjaar(y[1] ?? '', y[2] ?? '');
  if (!y || !year) return null;
  const chamber = HEAD_HOUSE.exec(before.slice(0, y.index))?.[1] ?? '';
  const id = `ah-${chamber.toLowerCase() === 'eerste' ? 'ek' : 'tk'}-${year}-${Number(m[1])}`;
  return [detection(text, at, HEAD_APPENDIX.lastIndex, 'aanhangsel', id)];
}

export const parseAanhangsel: Parser = (text, at) => {
  const m = matchAt(APPENDIX, text, at);
  if (!m) return appendixLetterhead(text, at);
  const [, chamber = '', y1 = '', y2 = ''] = m;
  const year = vergaderjaar(y1, y2);
  if (!year) return null;
  // Only tweedekamer.nl leaves the chamber out, in Dutch: in English it must be named.
  if (chamber === '' && /^ap/i.test(text.slice(at, at + 2))) return null;
  const from = APPENDIX.lastIndex;
  // "nr. 512", and lists as for Kamerstukken: "nrs. 1016 en 1044", "nrs. 20–23" (an Aanhangsel
  // has no Eerste Kamer letters, so letters end the list).
  const numbers = (parseNumbers(text, from) ?? []).filter((n) => /^\d+$/.test(n.nr));
  if (numbers.length === 0) {
    const bare = matchAt(BARE_NUMBER, text, from);
    if (!bare?.[1]) return null;
    numbers.push({ nr: bare[1], start: at, end: BARE_NUMBER.lastIndex });
  }
  const prefix = `ah-${house(chamber)}-${year}-`;
  return numbers.map((n, k) =>
    detection(text, k === 0 ? at : n.start, n.end, 'aanhangsel', `${prefix}${Number(n.nr)}`),
  );
};
