import { describe, expect, it } from 'vitest';
import { detectorSteps } from '../../../src/core/detect';
import { detect } from './helpers';
import { testLexicon } from './test-lexicon';

describe('detectorSteps', () => {
  it('builds the detector in three parts, the last returning one that finds what createDetector does', () => {
    const steps = detectorSteps(testLexicon);
    expect(steps.next().done).toBe(false);
    expect(steps.next().done).toBe(false);
    const last = steps.next();
    expect(last.done).toBe(true);
    if (!last.done) return;
    const text =
      'Kamerstuk 34 843, nr. 113 en het detectiebevel uit de CSAM-verordening, zie Handelingen II 2022/23, nr. 12.';
    expect(last.value(text)).toEqual(detect(text));
    expect(last.value(text).length).toBeGreaterThan(1);
    expect(last.value.context).toEqual(detect.context);
  });
});
