import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/core/detect';

describe('detector interface', () => {
  it('finds the plain Kamerstuk form with its canonical id', () => {
    const detect = createDetector({ terms: [], dossierTitles: [], motions: [] });
    expect(detect('Zie Kamerstuk 26 643, nr. 1011 voor de motie.')).toEqual([
      {
        start: 4,
        end: 30,
        text: 'Kamerstuk 26 643, nr. 1011',
        kind: 'kamerstuk',
        id: 'kst-26643-1011',
      },
    ]);
  });
});
