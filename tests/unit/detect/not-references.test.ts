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
    ['an ISSN', 'ISSN 0920-2064, ISSN: 1384-6558 en e-ISSN 2589-7934'],
    ['a phone number with spaces', 'Bel 070 318 22 11 of 070 – 318 22 11, fax 070-3182211.'],
    ['a court case number', 'HR 12 maart 2019, nr. 18 586; Rb. Den Haag, nr. 09/123456-20'],
    ['an ECLI', 'ECLI:NL:HR:2020:123 en ECLI:EU:C:2014:238'],
    [
      'tweedekamer.nl document and case numbers',
      'Zie 2024D34636 en zaak 2024Z14098; https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z14098&did=2024D34636',
    ],
    ['table figures', '2019 12 345 2020 13 456\n2021 14 567 nr. 3\nTotaal 36 200 euro'],
    ['prices', 'Het kost € 35.300, nr. 1 op de lijst; 36 200 euro en 12.345,67 dollar'],
    ['a count of motions', 'De Tweede Kamer nam 12 moties aan; nummer 7 op de agenda.'],
    ['a list item letter', 'artikel 2, eerste lid, letter b, en onder letter A van de bijlage'],
    ['a year range', 'In de periode 2019-2023 en 2020–2021, nrs. 4 en 5 van de reeks'],
    ['a page range', 'Zie p. 12–14 en blz. 5 t/m 7'],
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
