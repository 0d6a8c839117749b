import { describe, expect, it } from 'vitest';
import { formsMissed, hasForms, mayNeedForms, useForms } from '../../../src/core/detect/form-slot';
import { LAZY_FORMS } from '../../../src/core/detect/lazy-forms';
import { detectorSteps } from '../../../src/core/detect/steps';
import type { Detector } from '../../../src/core/detect/types';
import { testLexicon } from './test-lexicon';

// This file never calls createDetector, so the slot starts with its stand-ins, as in the
// content script before the page's text called for the real forms.

function build(): Detector {
  const steps = detectorSteps(testLexicon);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const kinds = (detect: Detector, text: string) => detect(text).map((d) => d.kind);

const LAZY_CITES = [
  'Zie Verordening (EU) 2016/679 over persoonsgegevens.',
  'De Uitvoeringsverordening (EU) nr. 1234/2011 geldt.',
  'Dit volgt uit Richtlijn 2011/93/EU van het Parlement.',
  'Zoals in (EU) nr. 223/2014 staat.',
  'Het kaderbesluit 2002/584/JBZ van de Raad.',
  'Het voorstel COM(2022) 209 van de Commissie.',
  'CELEX-nummer 32021R1232 regelt de uitzondering.',
  'De motie-Van Ginneken werd aangenomen.',
];

describe('the form slot', () => {
  it('marks every text with something only the lazy forms find as needing them', () => {
    for (const text of LAZY_CITES) expect(mayNeedForms(text), text).toBe(true);
    expect(mayNeedForms('Kamerstuk 34 843, nr. 113 en het detectiebevel.')).toBe(false);
  });

  it('finds nothing of those forms with its stand-ins, notes the miss, and finds them once filled', () => {
    expect(hasForms()).toBe(false);
    const detect = build();
    const other = 'Kamerstuk 34 843, nr. 113 over het detectiebevel.';
    expect(kinds(detect, other)).toEqual(['kamerstuk', 'term']);
    expect(formsMissed()).toBe(false);

    const text =
      'Zie Verordening (EU) 2016/679 en de motie-Van Ginneken over Kamerstuk 34 843, nr. 113.';
    expect(kinds(detect, text)).toEqual(['kamerstuk']);
    expect(formsMissed()).toBe(true);

    useForms(LAZY_FORMS);
    expect(hasForms()).toBe(true);
    // The same detector, not built again: the slot is read on each call.
    expect(kinds(detect, text)).toEqual(['eu-act', 'motie', 'kamerstuk']);
    expect(kinds(detect, other)).toEqual(['kamerstuk', 'term']);
  });
});
