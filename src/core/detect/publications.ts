import { matchAt, NOT_WORD_AFTER, sentenceBefore } from './grammar';
import { detection, type Parser } from './parser';
import { publicationId, publicationKind } from './publication-ids';
import type { RefKind } from './types';

// Staatsblad, Staatscourant and Tractatenblad (CONTRACT §2), as the Aanwijzingen voor de
// regelgeving (3.43 ff.) and the Leidraad cite them and as authors vary them: "Stb. 2019, 123",
// "Stb 2019, nr. 123", "Staatsblad 2023, nr. 512", "Staatsblad van het Koninkrijk der
// Nederlanden 2023, 512", "Stcrt. 2019, 12345", "Staatscourant 2022, nr. 30178", "Stcrt. 12 mei
// 2022, nr. 12345" (older dated form: the year counts), "Trb. 2019, 74", "Tractatenblad 2019,
// nr. 74"; a list in one year ("Stb. 2016, 94 en 95") or with the year repeated ("Trb. 1998, 170 en
// 1999, 110") gives each; the identifier's own form with
// a capital or a dot ("Stcrt.2006-9", "Stb. 2006-575") and with a slash as many authors
// write it ("Stcrt. 2019/64418", "Trb. 1988/122"; a span of years "Stb. 2006/07" is none). Without a year the number belongs to the
// year of the act's date right before it: "Besluit van 27 november 2002, Stb. 575" and "Wet van
// 12 mei 2016 (Stb. 194)" (the Aanwijzingen voor de regelgeving leave the year out when it is
// the date's), also when the act's date stands further back in the same sentence ("de wet van
// 29 december 2008 tot intrekking van … (Stb. 586)": the nearest, never across a sentence's
// end); alone, "Stb. 575" names no document. Older forms put the year after the number ("Stb.
// 132 van 1922", "Staatsblad nr. 132 van 1922") or before it with "van" ("Staatsblad van 1922,
// no. 132", "Stbl. 1922, 132"), or give only the day the number was issued in the same sentence
// ("Staatsblad …, nr. 132, uitgegeven … op 10 april 1922": the year counts, the mark stays on the
// number). OCR'd letterheads split words and misread dots ("TRACTATENBLAD VAN HET KONINKRIJK
// DER NEDERLAND EN. JAARGANG 1967 Nr, 197"). The identifiers in lower case ("stb-2023-512") are
// read by `official.ts`.

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const WORD =
  '(?:([Ss]tbl?|[Ss]tcrt|[Tt]rb)\\.?|(Staatsblad|Staatscourant|Tractatenblad)' +
  '(?:\\s+van\\s+het\\s+Koninkrijk(?:\\s+der\\s+Nederland(?:\\s?en)?\\.?)?)?)';
/**
 * The English names, as translations of Dutch law and government.nl cite them: "Bulletin of Acts
 * and Decrees 2023, 512" (the Staatsblad; also "Bulletin of Acts, Orders and Decrees"),
 * "Government Gazette 2022, 30178" (the Staatscourant), and any of them with the Dutch name
 * after it in parentheses: "Official Gazette (Staatsblad) 2023, 512", "Government Gazette
 * (Staatscourant) 2022, 30178", "Treaty Series (Tractatenblad) 2019, 74". "Official Gazette" and
 * "Treaty Series" alone also name other countries' and the United Nations' series, so they count
 * only with the Dutch name, or "Treaty Series of the Kingdom of the Netherlands". Groups:
 * English name, "of the Kingdom of the Netherlands", Dutch name.
 */
const ENGLISH_NAME =
  'Bulletin\\s+of\\s+Acts(?:,\\s+Orders)?\\s+and\\s+Decrees|Government\\s+Gazette|Official\\s+Gazette|Treaty\\s+Series';
const ENGLISH = new RegExp(
  `(${ENGLISH_NAME})` +
    '(\\s+of\\s+the\\s+Kingdom\\s+of\\s+the\\s+Netherlands)?' +
    '(?:\\s*\\(\\s*(Staatsblad|Staatscourant|Tractatenblad|Stbl?|Stcrt|Trb)\\.?\\s*\\))?',
  'iy',
);
/** The English name in parentheses after the Dutch one: "Staatsblad (Bulletin of Acts and Decrees)". */
const ENGLISH_AFTER = `(?:\\s*\\((?:${ENGLISH_NAME})\\))?`;

/**
 * The Dutch word for an English name and the Dutch name after it (see ENGLISH), or null when the
 * English name alone names no Dutch series or the two disagree.
 */
function dutchWord(english: string, kingdom: boolean, dutch: string | undefined): string | null {
  const e = english.slice(0, 4).toLowerCase();
  // The Netherlands' own treaty series is the Tractatenblad; an "Official Gazette" of the
  // Kingdom may still be the Staatsblad or the Staatscourant.
  const treaties = kingdom && e === 'trea' ? 'tractatenblad' : null;
  const fixed = e === 'bull' ? 'staatsblad' : e === 'gove' ? 'staatscourant' : treaties;
  if (dutch === undefined) return fixed;
  const kind = publicationKind(dutch);
  const fits =
    fixed !== null
      ? kind === publicationKind(fixed)
      : (e === 'trea') === (kind === 'tractatenblad');
  return fits ? dutch : null;
}

/**
 * The number; a word glued to it is another table cell's, joined as text extraction joins cells
 * ("Staatscourant 2019, 27958Interne regelingen"), only when it opens with a capital and goes on
 * in lower case: "12345a" or "123AB" stay no number (the patterns ignore case, so
 * `gluedCellAfter` checks the case).
 */
const NR = `(?:nr[.,]?|nummer|no\\.)?\\s*(\\d{1,6})(?!\\d)(?:${NOT_WORD_AFTER}|(?=[a-z]{2}))(?![.,]\\d)`;
/** What follows the name: year and number. Groups: year, "-" or "/" between, number. */
const YEAR_AND_NR =
  `\\s*,?\\s*(?:jaargang\\s+)?(?:van\\s+)?(?:\\d{1,2}\\s+${MONTH}\\s+)?((?:18|19|20)\\d\\d)(?!\\d)` +
  `(?:\\s*,?\\s*|([-/]))${NR}`;
const PUBLICATION = new RegExp(`${WORD}${ENGLISH_AFTER}${YEAR_AND_NR}`, 'iy');
const AFTER_ENGLISH = new RegExp(YEAR_AND_NR, 'iy');
/** The number without a year ("Stb. 575"), taken only after an act's date. */
const WITHOUT_YEAR = new RegExp(`${WORD}\\s*,?\\s*${NR}`, 'iy');
/** "Stb. 132 van 1922", "Stcrt. nr. 12345 van 12 mei 2022": the year right after the number. */
const YEAR_AFTER = new RegExp(
  `\\s*,?\\s*van\\s+(?:\\d{1,2}\\s+${MONTH}\\s+)?((?:18|19|20)\\d\\d)(?!\\d)`,
  'iy',
);
/** ", uitgegeven door minister Heemskerk op 10 april 1922": the day of issue in the sentence. */
const ISSUED = new RegExp(
  `\\s*,?\\s*uitgegeven\\b[^.;\\n]{0,60}?\\b\\d{1,2}\\s+${MONTH}\\s+((?:18|19|20)\\d\\d)(?!\\d)`,
  'iy',
);
/** "Besluit van 27 november 2002, " or "Wet van 12 mei 2016 (" right before the publication. */
const DATE_BEFORE = new RegExp(
  `(?<![A-Za-z])van\\s+\\d{1,2}\\s+${MONTH}\\s+((?:18|19|20)\\d\\d)\\s*[,(]\\s*$`,
  'i',
);
const DATE_REACH = 40;
/**
 * "de wet van 29 december 2008 tot intrekking van … (Stb. 586)": the date of a wet, besluit or
 * regeling further back in the same sentence (compounds too: "Invoeringswet",
 * "Uitvoeringsbesluit"). Not a treaty's: it is signed long before the Tractatenblad prints it.
 */
const ACT_DATE = new RegExp(
  `(?:wet|besluit|regeling)\\s+van\\s+\\d{1,2}\\s+${MONTH}\\s+((?:18|19|20)\\d\\d)(?!\\d)`,
  'gi',
);

/**
 * The year of the act's date the bare number belongs to: a date right before it ("Besluit van
 * 27 november 2002, Stb. 575"), else the nearest act's date before it in the same sentence.
 * Null when there is none.
 */
function yearBefore(text: string, at: number): string | null {
  const near = DATE_BEFORE.exec(text.slice(Math.max(0, at - DATE_REACH), at));
  if (near) return near[1] ?? null;
  const sentence = sentenceBefore(text, at);
  let year: string | null = null;
  ACT_DATE.lastIndex = 0;
  for (let m = ACT_DATE.exec(sentence); m; m = ACT_DATE.exec(sentence)) year = m[1] ?? null;
  return year;
}

/** A further number of the same year; not one that opens another year ("en 2020, 45"). */
const MORE = new RegExp(
  `\\s+(?:en|and|&)\\s+(\\d{1,6})(?!\\d)${NOT_WORD_AFTER}(?![.,]\\d)(?!\\s*,\\s*(?:nr\\.?\\s*)?\\d)`,
  'y',
);

/**
 * A further number of the same year in the middle of a list, ", 513" of "Stb. 2023, 512, 513 en
 * 514": another separator and number must follow, or it could be the sentence going on.
 */
const MIDDLE = new RegExp(
  `\\s*,\\s*(\\d{1,6})(?!\\d)${NOT_WORD_AFTER}(?![.,]\\d)(?=\\s*,\\s*\\d|\\s+(?:en|and|&)\\s+\\d)`,
  'y',
);

/**
 * A further number of another year, the year repeated as in a Tractatenblad list: "(Trb. 1998,
 * 170 en 1999, 110)", "Trb. 1966, 99; 1969, 88". Groups: year, number.
 */
const MORE_YEAR = new RegExp(
  `(?:\\s*[,;]\\s*|\\s+(?:en|and|&)\\s+)((?:18|19|20)\\d\\d)\\s*,\\s*${NR}`,
  'y',
);

/** "2007" or "07" after "2006": the year after `year`, written whole or by its last two digits. */
function isNextYear(year: string, nr: string): boolean {
  const next = Number(year) + 1;
  return Number(nr) === next || (nr.length === 2 && Number(nr) === next % 100);
}

/** A letter at `end` (after the number) opens a capitalised word: "27958Interne". */
const CELL_AFTER = /[A-Z][a-z]/y;

/** Whether the number ending at `end` is free: no letter after it, or a glued table cell's word. */
function gluedCellAfter(text: string, end: number): boolean {
  const code = text.charCodeAt(end) | 0x20;
  return !(code >= 0x61 && code <= 0x7a) || matchAt(CELL_AFTER, text, end) !== null;
}

/** Word, year and number of the publication at `at`, and where it ends; null when none. */
function read(text: string, at: number) {
  const found = readAny(text, at);
  return found && gluedCellAfter(text, found.end) ? found : null;
}

/** The publication at `at` cited by its English name (see ENGLISH), or null. */
function readEnglish(text: string, at: number) {
  const name = matchAt(ENGLISH, text, at);
  const word = name && dutchWord(name[1] ?? '', name[2] !== undefined, name[3]);
  if (!word) return null;
  const m = matchAt(AFTER_ENGLISH, text, ENGLISH.lastIndex);
  if (!m) return null;
  const [, year = '', hyphen, nr = ''] = m;
  if (hyphen !== undefined && isNextYear(year, nr)) return null;
  return { word, year, nr, end: AFTER_ENGLISH.lastIndex };
}

function readAny(text: string, at: number) {
  const code = text.charCodeAt(at) | 0x20;
  // b, g, o, t: "Bulletin of Acts …", "Government Gazette", "Official Gazette", "Treaty Series"
  // (a "t" may open "Trb." or "Tractatenblad" too).
  if (code === 0x62 || code === 0x67 || code === 0x6f || code === 0x74) {
    const english = readEnglish(text, at);
    if (english || code !== 0x74) return english;
  }
  const m = matchAt(PUBLICATION, text, at);
  if (m) {
    const [, short, long, year = '', hyphen, nr = ''] = m;
    // "Stb. 2006-2007" and "Stb. 2006/07" are a span of years, not a number.
    if (hyphen !== undefined && isNextYear(year, nr)) return null;
    return { word: short ?? long ?? '', year, nr, end: PUBLICATION.lastIndex };
  }
  const bare = matchAt(WITHOUT_YEAR, text, at);
  if (!bare) return null;
  const [, short, long, nr = ''] = bare;
  const word = short ?? long ?? '';
  const end = WITHOUT_YEAR.lastIndex;
  const after = matchAt(YEAR_AFTER, text, end);
  if (after?.[1] !== undefined) return { word, year: after[1], nr, end: YEAR_AFTER.lastIndex };
  // A year alone ("Stb. 2010") is no number of the act's year.
  if (/^(?:18|19|20)\d\d$/.test(nr)) return null;
  const year = yearBefore(text, at) ?? matchAt(ISSUED, text, end)?.[1];
  if (year === null || year === undefined) return null;
  return { word, year, nr, end };
}

/**
 * "Stb. 2016, 94 en 2017 werd …": after "en" a number that reads as a year is the year of the
 * sentence, not a further number. Staatsblad and Tractatenblad numbers of one year stay far below
 * 1800, so there such a number is always a year; Staatscourant numbers reach tens of thousands,
 * so there it is a year only where words go on after it.
 */
function yearInProse(kind: RefKind, nr: string, text: string, end: number): boolean {
  if (!/^(?:18|19|20)\d\d$/.test(nr)) return false;
  return kind !== 'staatscourant' || /^\s+[a-z]/.test(text.slice(end, end + 3));
}

export const parsePublication: Parser = (text, at) => {
  const found = read(text, at);
  if (!found) return null;
  const { word, year } = found;
  const kind = publicationKind(word);
  const id = publicationId(word, year, found.nr);
  if (!kind || !id) return null;
  const out = [detection(text, at, found.end, kind, id)];
  let pos = found.end;
  let current = year;
  for (;;) {
    // A repeated year first: in "Stb. 2019, 123, 2020, 45" 2020 is no number of 2019.
    const other = matchAt(MORE_YEAR, text, pos);
    const more = other ? null : (matchAt(MORE, text, pos) ?? matchAt(MIDDLE, text, pos));
    if (other) current = other[1] ?? current;
    const nr = more?.[1] ?? other?.[2] ?? '';
    const moreEnd = more ? more.index + more[0].length : 0;
    if (more && yearInProse(kind, nr, text, moreEnd)) break;
    const next = (more ?? other) && publicationId(word, current, nr);
    if (!next) break;
    pos = more ? moreEnd : MORE_YEAR.lastIndex;
    // A number of the same year spans its digits; one of another year from its year on.
    const from = more ? pos - nr.length : (other?.index ?? pos) + (other?.[0].search(/\d/) ?? 0);
    out.push(detection(text, from, pos, kind, next));
  }
  return out;
};
