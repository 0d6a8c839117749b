import { findNumberedRegulations, parseEuAct } from './eu-acts';
import { findBareActNumbers } from './eu-numbers';
import type { LazyForms } from './form-slot';
import { createMotionParser } from './motions';

/** The real forms for the slot in form-slot.ts (a chunk of its own in the content script). */
export const LAZY_FORMS: LazyForms = {
  parseEuAct,
  findNumberedRegulations,
  findBareActNumbers,
  createMotionParser,
};
