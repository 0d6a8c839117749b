// Shared pieces of the Dutch citation grammar and the canonical ids built from them (CONTRACT §2).

/** Sticky match at a position; every parser reads the text this way. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A letter or digit must not follow (ASCII and Latin letters; enough after numbers and codes). */
export const NOT_WORD_AFTER = '(?![A-Za-z0-9\\u00c0-\\u024f])';

/**
 * A dossier number as printed: "26643", "26 643", "26.643", "35-000", or split in the wrong place
 * by PDF extraction ("323 17", "221 12"). Dossier numbers never start with 0, which keeps phone
 * numbers ("06-123…", "070 318 22 11") out. The second alternative is only trusted when a
 * document number follows (see `isMisSpaced`). Thin and other narrow spaces arrive here as plain
 * spaces (see `normalize.ts`).
 */
export const DOSSIER = '([1-9]\\d[ .\\u00a0-]?\\d{3}|[1-9]\\d{2}[ \\u00a0]\\d{2})(?!\\d)';

/**
 * The dash before a numeric sub-dossier: "21 501-33", "21 501 – 33", "21 501- 33". A dash with a
 * space before it and none after ("kamerstukdossier 35498 -4", as tkconv.nl and opentk list a
 * dossier's papers) joins the document number instead, unless a number word follows ("21 501
 * -32, nr. 1731": a third part makes the second a sub-dossier; a text cut right after the "n" of
 * the number word, as `bare.ts` reads it, counts). The same lists write a sub-dossier's paper
 * "kamerstukdossier 21501 34-366" (tkconv.nl: number, toevoeging, "-", volgnummer): a space
 * before the sub-dossier when a dash and the document number follow (not a date: "12-05-2020").
 * A dot before a two-digit sub-dossier counts when a number word follows ("21501.02, nr. 2950",
 * as the Tweede Kamer's own lists print it); never an amount ("21.501,02").
 */
const SUB_DASH =
  '(?:[-\\u2013][ \\u00a0]?|[ \\u00a0][-\\u2013][ \\u00a0]|' +
  '[ \\u00a0][-\\u2013](?=\\d{1,2}(?!\\d)\\s*,?\\s*(?:[Nn][Rr]|[Nn]ummer|[Nn][Oo]s?\\.|[Nn]$))|' +
  '\\.(?=\\d{2}(?!\\d)\\s*,?\\s*(?:[Nn][Rr]|[Nn]ummer|[Nn][Oo]s?\\.))|' +
  '[ \\u00a0](?=\\d{1,2}[-\\u2013][1-9]\\d{0,3}(?![-\\u2013/.,]?\\d)))';

/**
 * A dossier suffix, written as on officielebekendmakingen or otherwise: a sub-dossier number
 * ("21 501-33", "21 501–33"), a roman numeral with an optional letter ("36 600 VII", "35 300-XV",
 * "35 000-IIA", "36 200–VII", "35000.VII", "35 000 hoofdstuk VII", the glued "35.000VII") or one
 * capital letter ("35300-A"). Two capture groups: number, letters.
 */
export const SUFFIX =
  `(?:${SUB_DASH}(\\d{1,2})(?!\\d)|` +
  '(?:[ \\u00a0]+(?:hoofdstuk[ \\u00a0]+)?|[ \\u00a0]?[-\\u2013.][ \\u00a0]?|)' +
  '([IVXLC]{1,6}[AB]?|[A-Z])' +
  NOT_WORD_AFTER +
  ')';

/**
 * The number of a Rijkswet after its dossier: "35 315 (R2137)", "35315-(R2137)". It is the
 * Kingdom's own register number, not a dossier suffix (CONTRACT §2 knows roman, letter and
 * number suffixes only; the Tweede Kamer lists such a dossier as "34158-(R2048)"), so it is read
 * past and left out of the id: "35315-(R2137)-1" → kst-35315-1. No capture group.
 */
export const RIJKSWET = '(?:[ \\u00a0]?-?[ \\u00a0]?\\(R[ \\u00a0]?\\d{3,4}\\))?';

/**
 * "e.a." (en andere) after a dossier: the paper belongs to several dossiers, cited by the first
 * ("Kamerstukken I 2004/05, 29 762 e.a., D"). Also "e.a" and "c.a." as authors shorten it.
 */
export const AND_OTHERS = '(?:\\s*,?\\s*[ec]\\.\\s?a\\.?(?![A-Za-z]))';

/** A vergaderjaar: "2022/23", "2022-2023", "2022–2023". Two capture groups. */
export const YEAR = '((?:19|20)\\d\\d)\\s*[/\\-\\u2013\\u2014]\\s*(\\d{4}|\\d{2})(?!\\d)';

export function isMisSpaced(dossier: string): boolean {
  return /^\d{3}\D\d{2}$/.test(dossier);
}

/** "26 643" → "26643"; with suffix "VII" → "26643-VII". */
export function dossierId(dossier: string, suffix?: string): string {
  const digits = dossier.replace(/\D/g, '');
  return suffix ? `${digits}-${suffix.toUpperCase()}` : digits;
}

/** "2022", "23" → "20222023"; null when the two years do not follow each other. */
export function vergaderjaar(first: string, second: string): string | null {
  const from = Number(first);
  let to = Number(second);
  if (second.length === 2) {
    to += from - (from % 100);
    if (to < from) to += 100;
  }
  return to === from + 1 ? `${from}${to}` : null;
}

/** "kst-26643-1011", "kst-36200-VI-5". */
export function kamerstukId(dossier: string, nr: string): string {
  return `kst-${dossier}-${nr}`;
}

/** How far back `sentenceBefore` reads unless told otherwise. */
export const SENTENCE_REACH = 320;

/**
 * Where a sentence or list item ends: a full stop, "?" or "!" before a capital (not "nr. 1",
 * "o.a. de"), a ";", or an empty line.
 */
const BREAK = /[.!?]\s+(?=[A-Z\u00c0-\u00de])|;\s|\n\s*\n/g;

/**
 * The sentence that ends at `at`: from the last sentence break within `reach` characters before
 * (320 unless given).
 */
export function sentenceBefore(text: string, at: number, reach = SENTENCE_REACH): string {
  const window = text.slice(Math.max(0, at - reach), at);
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(window); m; m = BREAK.exec(window)) from = BREAK.lastIndex;
  return window.slice(from);
}

/**
 * Where the sentence that runs on at `at` ends (the next sentence break), at most `reach` on.
 * Reads only those `reach` characters, so that many calls on one long sentence stay linear.
 */
export function sentenceEndAfter(text: string, at: number, reach: number): number {
  const window = text.slice(at, at + reach);
  BREAK.lastIndex = 0;
  const m = BREAK.exec(window);
  return at + (m?.index ?? window.length);
}
