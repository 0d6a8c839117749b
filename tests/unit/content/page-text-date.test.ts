// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { datesShownInPage } from '../../../src/content/page-text-date';

/** A fresh document whose body is parsed from `body` (the test's own markup). */
function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

describe('the date a parliament page shows in its text', () => {
  it.each([
    [
      'officielebekendmakingen: a two-column table',
      '<table><tr><td>Datum publicatie</td><td>19 november 2025</td></tr></table>',
    ],
    ['officielebekendmakingen: a labelled line', '<p>Publicatiedatum: 19 november 2025</p>'],
    ['tweedekamer.nl: kind and date', '<main><p>Brief regering | 19 november 2025</p></main>'],
    [
      'tweedekamer.nl: a block that is only a date',
      '<main><h1>Titel</h1><p>19 november 2025</p><p>De tekst.</p></main>',
    ],
    ['tweedekamer.nl: published on', '<div>Gepubliceerd op 19-11-2025</div>'],
    ['eerstekamer.nl: letter date', '<p>Datum brief: 19 november 2025</p>'],
    [
      'a label element before its value',
      '<div><span>Datum brief</span><span>2025-11-19</span></div>',
    ],
    ['a definition list', '<dl><dt>Datum publicatie</dt><dd>19-11-2025</dd></dl>'],
  ])('%s', (_name, body) => {
    expect(datesShownInPage(page(body))).toContain('2025-11-19');
  });

  it('ignores a date deep in the body that has no label', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `<p>Alinea ${i} van de brief.</p>`).join(
      '',
    );
    expect(datesShownInPage(page(`<main>${filler}<p>19 november 2025</p></main>`))).toEqual([]);
  });

  it('ignores a date in prose and a non-date label value', () => {
    const body =
      '<main><p>Op 19 november 2025 schreef de minister.</p>' +
      '<table><tr><td>Vergaderjaar</td><td>2025-2026</td></tr></table></main>';
    expect(datesShownInPage(page(body))).toEqual([]);
  });
});
