import { useForms } from './form-slot';
import { LAZY_FORMS } from './lazy-forms';
import { detectorSteps } from './steps';
import type { Detector, Lexicon } from './types';

export type { Detection, Detector, Lexicon, PageContext, RefKind } from './types';
export { decides, isAboutRegulation, keepInContext, needsContext } from './context';
export { detectorSteps } from './steps';

/**
 * Compiles the lexicon once into a detector; call the detector once per block of text. All
 * patterns are built here, so a call only scans. The lazy forms (form-slot.ts) go into
 * their slot first.
 * See {@link detectorSteps} to build it in parts.
 */
export function createDetector(lexicon: Lexicon): Detector {
  useForms(LAZY_FORMS);
  const steps = detectorSteps(lexicon);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
