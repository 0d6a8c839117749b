import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/detect';
import { knowledgeBase } from '../../../src/core/data/bundled';
import { toLexicon } from '../../../src/core/data/lexicon';
import { detect } from './helpers';

const detectWithData = createDetector(toLexicon(knowledgeBase));

describe('what is not a reference', () => {
  it.each([
    ['a phone number', 'Bel 070-3707000 of +31 (0)20 123 45 67, of 06-12345678.'],
    ['a postcode', 'Postbus 20018, 2500 EA Den Haag; Turfmarkt 147, 2511 DP'],
    ['an amount', 'In 2023 zijn 255.454 meldingen verwerkt en 785.322 in totaal.'],
    ['a bare number', 'Zie nr. 1 en nrs. 2 en 3 van de lijst.'],
    [
      'a vergaderjaar on its own',
      'Vergaderjaar 2024–2025; in het vergaderjaar 2022/23 gebeurde het.',
    ],
    ['an article of the constitution', 'artikel 13 van de Grondwet en artikel 10 Grondwet'],
    ['dates and times', 'Op 26 november 2025 om 10.30 uur, 13 en 14 oktober, 1 juli jl.'],
    [
      'question numbers',
      '44\n\nIs het mogelijk? 45\n\nWat is de rationale achter artikel 7(8)(d)?',
    ],
  ])('%s', (_, text) => {
    expect(detect(text)).toEqual([]);
    // The bundled glossary must not turn them into terms either.
    expect(detectWithData(text)).toEqual([]);
  });
});
