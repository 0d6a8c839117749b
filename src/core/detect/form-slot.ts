import { DOSSIER, SUFFIX } from './grammar';
import type { ShapeLetterhead } from './letterhead-shape';
import type { MotionIndex } from './motion-names';
import type { Parser } from './parser';
import type { Detection } from './types';

// Citation forms that are large and rare on the pages Kamerlens reads: EU acts (eu-acts.ts,
// eu-numbers.ts), motions (motions.ts), the Staatsblad, Staatscourant and Tractatenblad
// (publications.ts), the dossier numbers in a table of changes, which need one of those
// (table-rows.ts), letterheads recognised by their shape (letterhead-shape.ts), ";"-lists of
// document numbers (document-lists.ts), four-digit dossiers of the 1950s and 1960s
// (old-dossiers.ts), Rijkswet dossiers named with their R-number (rijkswet-numbers.ts), the
// Aanhangsel der Handelingen (aanhangsel.ts), amendments by number (amendments.ts), web addresses
// and officielebekendmakingen's ids (official.ts) and the Eerste Kamer's "(32.317, OU)" (ek-letters.ts), and the titles that name no law before a
// dossier number in parentheses (bill-titles.ts). The content script loads them only on pages whose
// text has their anchors (README, Performance). The scanner and the keyword dispatch call them
// through this slot; `createDetector` fills it with the real forms (lazy-forms.ts), the content
// script does so after `mayNeedForms` found an anchor. Until then the stand-ins find nothing and
// note when a block they saw had an anchor (`formsMissed`), so text that arrives later is still
// read in full: the caller loads the forms and scans again.

/** The forms this slot holds. */
export interface LazyForms {
  parseEuAct: Parser;
  findNumberedRegulations(text: string): readonly Detection[];
  findBareActNumbers(text: string): readonly Detection[];
  createMotionParser(index: MotionIndex): Parser;
  parsePublication: Parser;
  findTableDossiers(text: string): readonly Detection[];
  numberLetterhead(text: string, numberAt: number, numberEnd: number): ShapeLetterhead | null;
  findLetterLetterheads(text: string): readonly Detection[];
  headsLetterLetterhead(text: string, dossierAt: number): boolean;
  findDocumentLists(text: string): readonly Detection[];
  oldDossier(text: string, nrAt: number): { start: number; dossier: string } | null;
  rijkswetDossierAt(text: string, at: number): Detection | null;
  findEkLetters(text: string): readonly Detection[];
  endsInTitle(sentence: string, raw: string): boolean;
  parseAanhangsel: Parser;
  parseAmendment: Parser;
  parseOfficial: Parser;
}

/**
 * Text without a match here holds nothing these forms can find (a superset of their anchors:
 * an act word, COM, a CELEX number, "(EU)" and the like, "/EU" and the other endings, "motie",
 * the Aanhangsel ("Aanhangsel", "Aanh.", "Appendix to"), "amendement", a web address or an
 * official id ("https://", "www.", "kst-26643", "h-tk-2022…"), a publication's name, English too
 * ("… of Acts and Decrees", any "Gazette"), or its abbreviation, not inside a word: "Postbus"
 * holds no "Stb", but "…relatiesStaatscourant", glued by text extraction, holds a name; table-rows.ts needs one),
 * a dossier number joined by "-" to what follows (every code document-lists.ts reads, "34722-1")
 * a vergaderjaar before 1970 ("1951/52", "1958-1959": old-dossiers.ts) and a Rijkswet's number
 * ("(R2114)": rijkswet-numbers.ts), and a dossier number right after "(" ("(32.317, OU)":
 * ek-letters.ts; "(36200)" after a title: bill-titles.ts).
 * Case is ignored, and a word may run on ("Kaderrichtlijn", "Uitvoeringsverordening").
 */
const ANCHOR =
  /verordening|richtl(?:ij|\u0133)n|beschikking|besluit|regulation|directive|decision|com\s*[(/]|celex|\d{5}[a-z]{1,2}\d{4}|\(\s*(?:eu|eg|eeg|ec|eec)\s*\)|\/(?:eu|eg|eeg|ec|eec|euratom|jbz|jha|gbvb|cfsp)|motie|(?<![a-z])(?:stbl?|stcrt|trb)(?![a-z])|staatsblad|staatscourant|tractatenblad|of\s+acts|gazette|aanh(?:angsel|\.)|appendix\s+to|amendement|https?:\/\/|www\.|officielebekendmakingen|eur-lex|(?<![a-z])(?:kst|a?h-[te]k|stb|stcrt|trb)-\d|(?<!\d)[1-3]\d{4}-|(?:18\d\d|19[0-6]\d)\s*[/\-\u2013]\s*\d\d|\(\s?r\s?[12]\d{3}|\([ \u00a0]?\d{2}[ .\u00a0]?\d{3}/i;

/** Where the EU keyword parser could start an act (the start of one of the anchors above). */
const EU_AT =
  /(?:uitvoerings|raads|commissie|kader)?(?:verordening|richtl(?:ij|\u0133)n|beschikking|besluit)|regulation|directive|framework|decision|com|celex|\d{5}[a-z]/iy;

/**
 * A line that opens with a dossier number, followed by the line's end or a title (or suffix):
 * every letterhead of letterhead-shape.ts has one (its DOSSIER_LINE, after its MARKUP). Loosened
 * to hold for a single text node too, where the line may end with the node ("<b>36 281</b>
 * Wijziging") and source whitespace may lead or follow; also eerstekamer.nl's list form, the
 * dossier and a comma before the letter ("34.902, F": ek-dossier-lines.ts).
 */
const LETTERHEAD_LINE = new RegExp(
  `(?:^|\\n)[\\s*_#>]*${DOSSIER}(?:${SUFFIX})?(?=[\\s*_]*$|[\\s*_]*\\n|[\\s*_]+[A-Z\\u00c0-\\u00de(]|,[ \\u00a0]?[A-Z])`,
);

/** Whether `text` has an anchor of the lazy forms (ANCHOR or a letterhead's dossier line). */
function hasAnchor(text: string): boolean {
  return ANCHOR.test(text) || LETTERHEAD_LINE.test(text);
}

/** Where the publication parser could start (publications.ts, its WORD and ENGLISH). */
const PUBLICATION_AT = /stbl?|stcrt|trb|staatsblad|staatscourant|tractatenblad|bul|gov|off|trea/iy;

/** Where the Aanhangsel parser could start (aanhangsel.ts). */
const APPENDIX_AT = /aanh(?:angsel|\.)|appendix/iy;

/** Where the amendment parser could start (amendments.ts). */
const AMENDMENT_AT = /(?:sub)?amendement/iy;

/** Where the parser of addresses and official ids could start (official.ts). */
const OFFICIAL_AT =
  /https?:\/\/|www\.|(?:zoek\.)?officielebekendmakingen\.nl\/|eur-lex\.|(?:kst|a?h-[te]k|stb|stcrt|trb)-\d/iy;

const NONE: readonly Detection[] = [];
let missed = false;

const STAND_INS: LazyForms = {
  parseEuAct: (text, at) => {
    EU_AT.lastIndex = at;
    if (EU_AT.test(text)) missed = true;
    return null;
  },
  findNumberedRegulations: (text) => {
    if (!missed && hasAnchor(text)) missed = true;
    return NONE;
  },
  findBareActNumbers: () => NONE,
  // Dispatched only on the keyword "motie".
  createMotionParser: () => () => {
    missed = true;
    return null;
  },
  parsePublication: (text, at) => {
    PUBLICATION_AT.lastIndex = at;
    if (PUBLICATION_AT.test(text)) missed = true;
    return null;
  },
  // A row of changes names a publication: findNumberedRegulations's ANCHOR test saw the block.
  findTableDossiers: () => NONE,
  // A letterhead has a dossier line: findNumberedRegulations's test saw the block.
  numberLetterhead: () => null,
  findLetterLetterheads: () => NONE,
  headsLetterLetterhead: () => false,
  // Their anchors are in ANCHOR: findNumberedRegulations's test saw the block.
  findDocumentLists: () => NONE,
  oldDossier: () => null,
  rijkswetDossierAt: () => null,
  findEkLetters: () => NONE,
  endsInTitle: () => false,
  parseAanhangsel: (text, at) => {
    APPENDIX_AT.lastIndex = at;
    if (APPENDIX_AT.test(text)) missed = true;
    return null;
  },
  parseAmendment: (text, at) => {
    AMENDMENT_AT.lastIndex = at;
    if (AMENDMENT_AT.test(text)) missed = true;
    return null;
  },
  parseOfficial: (text, at) => {
    OFFICIAL_AT.lastIndex = at;
    if (OFFICIAL_AT.test(text)) missed = true;
    return null;
  },
};

let forms: LazyForms = STAND_INS;

/** Whether `text` may hold something only the lazy forms find (see ANCHOR, LETTERHEAD_LINE). */
export function mayNeedForms(text: string): boolean {
  return hasAnchor(text);
}

/** Puts the real forms in the slot, for every detector of this realm. */
export function useForms(real: LazyForms): void {
  forms = real;
}

/** Whether the real forms are in the slot. */
export function hasForms(): boolean {
  return forms !== STAND_INS;
}

/** Whether, without the real forms, a scanned block had an anchor (what it cites was not found). */
export function formsMissed(): boolean {
  return missed;
}

/** EU acts after their keyword (eu-acts.ts), through the slot. */
export const parseEuAct: Parser = (text, at, inner) => forms.parseEuAct(text, at, inner);

/** Regulations cited "(EU) nr. N/YYYY" alone (eu-acts.ts), through the slot. */
export function findNumberedRegulations(text: string): readonly Detection[] {
  return forms.findNumberedRegulations(text);
}

/** Acts cited by a bare number with an ending, "2002/584/JBZ" (eu-numbers.ts), through the slot. */
export function findBareActNumbers(text: string): readonly Detection[] {
  return forms.findBareActNumbers(text);
}

/** The motion parser for `index`: the real one once the forms are in, built on first use. */
export function createMotionParser(index: MotionIndex): Parser {
  let real: Parser | null = null;
  let from: LazyForms | null = null;
  return (text, at, inner) => {
    if (from !== forms) {
      from = forms;
      real = forms.createMotionParser(index);
    }
    return (real as Parser)(text, at, inner);
  };
}

/** Publications in the Staatsblad, Staatscourant and Tractatenblad (publications.ts), through the slot. */
export const parsePublication: Parser = (text, at, inner) =>
  forms.parsePublication(text, at, inner);

/** Dossier numbers in a table of changes (table-rows.ts), through the slot. */
export function findTableDossiers(text: string): readonly Detection[] {
  return forms.findTableDossiers(text);
}

/** The letterhead above a Tweede Kamer paper's number line (letterhead-shape.ts), through the slot. */
export function numberLetterhead(
  text: string,
  numberAt: number,
  numberEnd: number,
): ShapeLetterhead | null {
  return forms.numberLetterhead(text, numberAt, numberEnd);
}

/** Eerste Kamer letterheads (letterhead-shape.ts), through the slot. */
export function findLetterLetterheads(text: string): readonly Detection[] {
  return forms.findLetterLetterheads(text);
}

/** Whether a dossier line heads an Eerste Kamer letterhead (letterhead-shape.ts), through the slot. */
export function headsLetterLetterhead(text: string, dossierAt: number): boolean {
  return forms.headsLetterLetterhead(text, dossierAt);
}

/** Document numbers in ";"-lists (document-lists.ts), through the slot. */
export function findDocumentLists(text: string): readonly Detection[] {
  return forms.findDocumentLists(text);
}

/** The four-digit dossier of an old citation before its number word (old-dossiers.ts), through the slot. */
export function oldDossier(text: string, nrAt: number): { start: number; dossier: string } | null {
  return forms.oldDossier(text, nrAt);
}

/** A Rijkswet's dossier before its "(R…)" at `at` (rijkswet-numbers.ts), through the slot. */
export function rijkswetDossierAt(text: string, at: number): Detection | null {
  return forms.rijkswetDossierAt(text, at);
}

/** The Eerste Kamer's "(32.317, OU)" (ek-letters.ts), through the slot. */
export function findEkLetters(text: string): readonly Detection[] {
  return forms.findEkLetters(text);
}

/** The Aanhangsel der Handelingen (aanhangsel.ts), through the slot. */
export const parseAanhangsel: Parser = (text, at, inner) => forms.parseAanhangsel(text, at, inner);

/** Whether `sentence` ends in a title before the dossier number `raw` (bill-titles.ts), through the slot. */
export function endsInTitle(sentence: string, raw: string): boolean {
  return forms.endsInTitle(sentence, raw);
}

/** Amendments by dossier and number (amendments.ts), through the slot. */
export const parseAmendment: Parser = (text, at, inner) => forms.parseAmendment(text, at, inner);

/** Web addresses and officielebekendmakingen's ids (official.ts), through the slot. */
export const parseOfficial: Parser = (text, at, inner) => forms.parseOfficial(text, at, inner);
