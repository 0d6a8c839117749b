import { createDetector, type Detection } from '../../../src/core/detect';
import { testLexicon } from './test-lexicon';

export const detect = createDetector(testLexicon);

/** The detections of `text` as [text, id] pairs: compact to read in a test. */
export function found(text: string): [string, string][] {
  return detect(text).map((d) => [d.text, d.id]);
}

/** The single detection in `text`; fails the test when there is not exactly one. */
export function only(text: string): Detection {
  const all = detect(text);
  if (all.length !== 1)
    throw new Error(
      `expected one detection in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`,
    );
  return all[0] as Detection;
}
