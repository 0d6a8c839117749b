import type { MotionIndex } from './motion-names';
import type { Parser } from './parser';
import type { Detection } from './types';

// Citation forms that are large and rare on the pages Kamerlens reads: EU acts (eu-acts.ts,
// eu-numbers.ts) and motions (motions.ts). The content script loads them only on pages whose
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
}

/**
 * Text without a match here holds nothing these forms can find (a superset of their anchors:
 * an act word, COM, a CELEX number, "(EU)" and the like, "/EU" and the other endings, "motie").
 * Case is ignored, and a word may run on ("Kaderrichtlijn", "Uitvoeringsverordening").
 */
const ANCHOR =
  /verordening|richtl(?:ij|\u0133)n|beschikking|besluit|regulation|directive|decision|com\s*[(/]|celex|\d{5}[a-z]{1,2}\d{4}|\(\s*(?:eu|eg|eeg|ec|eec)\s*\)|\/(?:eu|eg|eeg|ec|eec|euratom|jbz|jha|gbvb|cfsp)|motie/i;

/** Where the EU keyword parser could start an act (the start of one of the anchors above). */
const EU_AT =
  /(?:uitvoerings|raads|commissie|kader)?(?:verordening|richtl(?:ij|\u0133)n|beschikking|besluit)|regulation|directive|framework|decision|com|celex|\d{5}[a-z]/iy;

const NONE: readonly Detection[] = [];
let missed = false;

const STAND_INS: LazyForms = {
  parseEuAct: (text, at) => {
    EU_AT.lastIndex = at;
    if (EU_AT.test(text)) missed = true;
    return null;
  },
  findNumberedRegulations: (text) => {
    if (!missed && ANCHOR.test(text)) missed = true;
    return NONE;
  },
  findBareActNumbers: () => NONE,
  // Dispatched only on the keyword "motie".
  createMotionParser: () => () => {
    missed = true;
    return null;
  },
};

let forms: LazyForms = STAND_INS;

/** Whether `text` may hold something only the lazy forms find (see ANCHOR). */
export function mayNeedForms(text: string): boolean {
  return ANCHOR.test(text);
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
