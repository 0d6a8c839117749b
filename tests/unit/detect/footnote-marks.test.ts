import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/detect';
import {
  isFootnoteMark,
  maskFootnoteMark,
  maskFootnoteSpans,
} from '../../../src/core/detect/footnote-marks';
import { knowledgeBase, toLexicon } from '../../../src/core/data';

const detect = createDetector(toLexicon(knowledgeBase));

describe('footnote markers', () => {
  it('are one to three digits, perhaps bracketed; nothing else', () => {
    for (const mark of ['4', '12', ' 123 ', '[1]', '(2)', ' [14]'])
      expect(isFootnoteMark(mark)).toBe(true);
    for (const text of ['e', '2e', '1234', 'ste', '', ' ', 'a1', 'nr. 4'])
      expect(isFootnoteMark(text)).toBe(false);
  });

  it('masked keep their length and their white space', () => {
    expect(maskFootnoteMark(' [1] ')).toBe(' \u200b\u200b\u200b ');
    expect(maskFootnoteSpans('nr. 7604 en 122', [7, 8, 14, 15])).toBe('nr. 760\u200b en 12\u200b');
    expect(maskFootnoteSpans('ongewijzigd', [])).toBe('ongewijzigd');
  });

  it('never join the number before them, whatever follows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('', '.', ',', ' en', ';', ')'),
        (nr, mark, after) => {
          const text = `Kamerstuk 32 317, nr. ${nr}${mark}${after}`;
          const start = text.length - String(mark).length - after.length;
          const masked = maskFootnoteSpans(text, [start, start + String(mark).length]);
          const ids = detect(masked).map((d) => d.id);
          expect(ids).toEqual([`kst-32317-${nr}`]);
        },
      ),
    );
  });
});
