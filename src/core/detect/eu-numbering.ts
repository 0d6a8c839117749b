// How an EU act's number reads (EUR-Lex; see eu-acts.ts for the forms): year/number or
// number/year, the bounds of each year's numbers and the footnote markers glued to them.

/** "2002" → 2002, "98" → 1998, "02" → 2002. */
export function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

export function plausibleYear(y: number): boolean {
  return y >= 1950 && y <= 2099;
}

/** Acts numbered per year in one sequence from this year on (see above). */
export const SEQUENCE_FROM = 2015;
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

interface Numbered {
  year: number;
  number: string;
  marker: number;
}

/** "nr. 45/2001" (number/year): a marker glued to a year of five or six digits is left out. */
export function numberYear(a: string, b: string, ending: string | undefined): Numbered | null {
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
export function yearNumber(
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
export function regulationNumber(
  a: string,
  b: string,
  marked: boolean,
  spaced: boolean,
  ending?: string,
) {
  const sequenced = yearNumber(a, b, 'R', marked, spaced, ending);
  // The sequence's acts are cited with the whole year ("44/2001" is no act 2001 of 2044), and a
  // first number past LATEST_SEQUENCE_YEAR is an old regulation's ("2062/94" is of 1994).
  const inSequence = sequenced && a.length === 4 && sequenced.year <= LATEST_SEQUENCE_YEAR;
  if (sequenced && inSequence && sequenced.year >= SEQUENCE_FROM) return sequenced;
  if (spaced || (b.length === 2 && Number(b) < 58)) return null;
  const old = numberYear(a, b, ending);
  if (old && old.year < SEQUENCE_FROM) return old;
  // "Verordening 2013/1303" (regulation 1303/2013 with its parts swapped, as an author used to
  // the new form writes it, e.g. in a table's "Wetgevingsnummer"): only when the second part
  // cannot be a year, taken as written (a glued marker cannot be told apart here). Regulations
  // before 2015 counted past 2 000 a year ("2454/93"), so the sequence's bound.
  if (old || a.length !== 4 || b.length < 3) return null;
  const year = fullYear(a);
  const read = sequence(b, highestNumber(SEQUENCE_FROM, 'R'), year, false);
  return read && plausibleYear(year) && { year, number: read.number, marker: 0 };
}
