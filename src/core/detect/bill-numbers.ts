import { dossierId, matchAt, NOT_WORD_AFTER, SENTENCE_REACH, sentenceBefore } from './grammar';
import { endsInTitle, rijkswetDossierAt } from './form-slot';
import { detection, type Parser } from './parser';
import type { Detection } from './types';

// A bill named by its title with its dossier number after it, as tweedekamer.nl, eerstekamer.nl
// and the Handelingen write it: "het wetsvoorstel Wijziging van de Tracéwet … (31546).", "…
// de koopregels van titel 7.1 BW (34071);", "Wet implementatie … (36.101)", "de begroting van
// Justitie en Veiligheid voor 2023 (36200-VI)"; the column of wetten.overheid.nl ("Aanhangig
// 36056"); and "wetsvoorstel 36.056". A number in parentheses is anything without its context,
// so it is taken only when the sentence before it is about legislation, only in the range of
// dossier numbers (10 000–39 999; dossiers are numbered from 10 000 since the 1960s and reached
// 36 800 in 2025), and never with a number suffix ("(32317-89)" is a document number or a
// range). It needs a word of a law in that sentence: wet, wetsvoorstel, voorstel van wet,
// wetboek, BW, Awb, wijziging van, goedkeuring van, begrotingsstaten. Words that also name
// other things (begroting, regeling, verdrag, Kamer) only count for a number with a chapter
// suffix ("(36200-VI)": no amount looks like that) where the title ends at the parenthesis
// (punctuation or the end of a line follows); so does a budget title's close, "voor het jaar
// 2023", right before it ("Nationaal Groeifonds voor het jaar 2023 ( 36200-L ).").
//
// A bill's title can run to hundreds of characters ("het voorstel Wijziging van de Wet op de
// beroepen in de individuele gezondheidszorg in verband met … (34630)"), so the words of a law
// may lie beyond that sentence's reach. A parenthesis that closes such a title is taken too: the
// sentence, read back up to 1200 characters, names a bill ("wetsvoorstel", "voorstel van wet",
// "het voorstel" before a title in capitals, or a title's own opening in capitals as agendas
// list bills: "Wijziging van …", "Regels over …", "Goedkeuring van …") and no other dossier
// number in parentheses stands between that name and this one (the number belongs to the
// nearest title).

const BILL_DOSSIER = '([1-3]\\d([ .\\u00a0]?)\\d{3})(?!\\d)';
const BILL_SUFFIX =
  '(?:(?:[ \\u00a0]?[-\\u2013][ \\u00a0]?|[ \\u00a0]+)([IVXLC]{1,6}[AB]?|[A-Z]))?';
/** "(35242)", also with a space inside the parentheses as some pages print it: "( 35242 )". */
const PAREN = new RegExp(`\\([ \\u00a0]?${BILL_DOSSIER}${BILL_SUFFIX}[ \\u00a0]?\\)`, 'y');
const LAW_WORDS =
  /wets?voorstel|voorstel\s+van\s+(?:rijks)?wet|wetboek|wet(?:ten)?(?![a-z\u00e0-\u024f])|wijziging\s+van|goedkeuring\s+van|begrotingsstaten/i;
const LAW_CODES = /(?<![A-Za-z])(?:BW|Awb|Sr|Sv|Rijkswet)(?![A-Za-z])/;
const OTHER_WORDS =
  /begroting|regeling|verdrag|hoofdstuk|(?<![A-Za-z])(?:Tweede |Eerste )?Kamer(?![a-z])/i;

/**
 * Punctuation, a line end, the end of the text or a note in parentheses after the ")" ("(35300-IV)
 * (voortzetting)", as agendas add): the title ends there.
 */
const TITLE_END = /[ \t]*(?:[.,;:()]|\r?\n|$)/y;

/**
 * The close of a budget's title right before the "(": "… Defensie (X) voor het jaar 2020",
 * "Nationaal Groeifonds voor het jaar 2023" (the Handelingen's agendas cite a budget chapter so,
 * the title's opening "Vaststelling van de begrotingsstaten van" often cut off or a line above).
 */
const BUDGET_YEAR = /voor\s+het\s+(?:begrotings)?jaar\s+(?:19|20)\d\d\s*$/;

function aboutLaw(sentence: string, suffixed: boolean, ends: boolean): boolean {
  if (LAW_WORDS.test(sentence) || LAW_CODES.test(sentence)) return true;
  return suffixed && ends && (OTHER_WORDS.test(sentence) || BUDGET_YEAR.test(sentence));
}

/** How far back a long bill title may open: about three times the longest titles seen. */
const TITLE_REACH = 1200;
/** What names a bill before its title ("het voorstel" only before a title in capitals). */
const BILL_NAMED = new RegExp(
  '[Ww]ets?voorstel|[Vv]oorstel\\s+van\\s+(?:[Rr]ijks)?wet|' +
    '(?:[Hh]et|[Dd]it|[Dd]at)\\s+voorstel\\s+(?=[A-Z\\u00c0-\\u00de\\u00ab\\u2018\\u201c"\'])|' +
    '(?<![A-Za-z])(?:Wijziging|Goedkeuring|Vaststelling|Invoering|Intrekking|Implementatie|' +
    'Uitvoering|Regels)\\s+(?:van|over|omtrent|inzake|ter|met|tot)(?![a-z])',
  'g',
);
/** Another dossier number in parentheses: a title between it and ours is not ours. */
const ANOTHER_NUMBER = /\([ \u00a0]?[1-3]\d[ .\u00a0]?\d{3}(?!\d)/;

/** Whether the "(" at `at` closes a long bill title (see above). */
function closesLongTitle(text: string, at: number): boolean {
  const sentence = sentenceBefore(text, at, TITLE_REACH);
  let after = -1;
  BILL_NAMED.lastIndex = 0;
  for (let m = BILL_NAMED.exec(sentence); m; m = BILL_NAMED.exec(sentence)) {
    after = BILL_NAMED.lastIndex;
  }
  return after >= 0 && !ANOTHER_NUMBER.test(sentence.slice(after));
}

/**
 * The dossier of a bill number in parentheses at `at` (the "(": "(35099)", "(36200-VI)"), as
 * `findBillNumbers` reads it, or null.
 */
export function billNumberAt(text: string, at: number): string | null {
  const m = matchAt(PAREN, text, at);
  return m?.[1] === undefined ? null : dossierId(m[1], m[3]);
}

const NONE: readonly Detection[] = [];

/**
 * Dossier numbers in parentheses after a bill's title (see above): one `dossier` detection per
 * number, spanning the number inside the parentheses; and a Rijkswet's dossier before its
 * "(R2114)" (`rijkswetDossierAt`). Anchored on "(" followed by 1–3 or R, so a block without one
 * costs a single search.
 */
export function findBillNumbers(text: string): readonly Detection[] {
  let out: Detection[] | null = null;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const inside = text.charCodeAt(at + 1);
    const digit = inside === 0x20 || inside === 0xa0 ? text.charCodeAt(at + 2) : inside;
    if (digit === 0x52) {
      const rijkswet = rijkswetDossierAt(text, at);
      if (rijkswet) (out ??= []).push(rijkswet);
      continue;
    }
    if (digit < 0x31 || digit > 0x33) continue;
    const before = text.charCodeAt(at - 1);
    if (at === 0 || (before !== 0x20 && before !== 0xa0)) continue;
    const m = matchAt(PAREN, text, at);
    const raw = m?.[1];
    if (!m || raw === undefined) continue;
    const ends = matchAt(TITLE_END, text, PAREN.lastIndex) !== null;
    const sentence = sentenceBefore(text, at);
    const law =
      aboutLaw(sentence, m[3] !== undefined, ends) || (ends && endsInTitle(sentence, raw));
    // Only a sentence that runs past the short reach can hold a longer title.
    const longer = sentence.length === Math.min(at, SENTENCE_REACH);
    if (!law && !(longer && closesLongTitle(text, at))) continue;
    out ??= [];
    const start = at + m[0].indexOf(raw);
    let end = PAREN.lastIndex - 1;
    if (end > start && /\s/.test(text.charAt(end - 1))) end--;
    out.push(detection(text, start, end, 'dossier', `dossier-${dossierId(raw, m[3])}`));
  }
  return out ?? NONE;
}

const NOT_AN_AMOUNT = '(?![.,]\\d|\\s*(?:euro|miljoen|miljard|procent|%|mensen|keer))';
/**
 * "Aanhangig 36056", "wetsvoorstel 36.056", "initiatiefwetsvoorstel 35 300" and the other compounds
 * of a member's bill ("initiatiefvoorstel (van wet) 34534", "initiatief-wetsvoorstel 34534",
 * "initiatiefwet 34534", "initiatiefvoorstellen 34534 en 35300"), and the older words
 * for a bill, as the Handelingen and Kamerstukken used them until the 1990s: "Wetsontwerp 16905",
 * "wetsontwerp nr. 16 905", "ontwerp van wet 16905", "voorstel van wet 16905": a dossier; after a
 * plural ("wetsontwerpen 16905 en 16907") each number of the list.
 */
const NAMED = new RegExp(
  `(?:[Aa]anhangig\\s*:?|(?:(?:[Ii]nitiatief-?)?[Ww]etsvoorstel(?:len)?|[Ww]etsontwerp(?:en)?|` +
    `(?:[Ii]nitiatief)?(?:[Oo]ntwerp|[Vv]oorstel)[ \\u00a0]van[ \\u00a0](?:[Rr]ijks)?wet|` +
    `[Ii]nitiatiefvoorstel(?:len)?|[Ii]nitiatiefwet(?:ten)?)\\s+(?:nr\\.?\\s*)?)\\s*` +
    `${BILL_DOSSIER}${BILL_SUFFIX}${NOT_WORD_AFTER}${NOT_AN_AMOUNT}`,
  'y',
);

/** The next number of a list after a plural ("wetsontwerpen 16905, 16907 en 16908"). */
const NEXT = new RegExp(
  `(?:\\s*,\\s*|\\s+(?:en|of)\\s+)(?:nr\\.?\\s*)?${BILL_DOSSIER}${BILL_SUFFIX}${NOT_WORD_AFTER}${NOT_AN_AMOUNT}`,
  'y',
);
const PLURAL =
  /^(?:(?:[Ii]nitiatief-?)?(?:[Ww]etsvoorstellen|[Ww]etsontwerpen)|[Ii]nitiatief(?:voorstellen|wetten))/;

export const parseBillNumber: Parser = (text, at) => {
  const m = matchAt(NAMED, text, at);
  const raw = m?.[1];
  if (!m || raw === undefined) return null;
  const out = [detection(text, at, NAMED.lastIndex, 'dossier', `dossier-${dossierId(raw, m[3])}`)];
  if (!PLURAL.test(m[0])) return out;
  let pos = NAMED.lastIndex;
  for (
    let next = matchAt(NEXT, text, pos);
    next?.[1] !== undefined;
    next = matchAt(NEXT, text, pos)
  ) {
    const start = next.index + next[0].indexOf(next[1]);
    out.push(
      detection(text, start, NEXT.lastIndex, 'dossier', `dossier-${dossierId(next[1], next[3])}`),
    );
    pos = NEXT.lastIndex;
  }
  return out;
};
