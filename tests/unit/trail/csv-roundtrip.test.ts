import { describe, expect, it } from 'vitest';
import { csvField, trailToCsv } from '../../../src/core/trail';
import { note, visit } from './fixtures';

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records), `sep` as separator. */
function readCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('CSV export, RFC 4180', () => {
  it('quotes fields with a semicolon, so Dutch Excel does not split them', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('=1+2;3')).toBe(`"'=1+2;3"`);
  });

  it('round-trips titles and notes with ; , quotes and line breaks, read with either separator', () => {
    const title = 'Kabinet; "ja", maar\r\nnee; =SUM(A1)';
    const text = 'Notitie met "aanhalingstekens";\nen een tweede regel, met komma';
    const csv = trailToCsv([visit({ title })], [note({ text })]).replace(/^\uFEFF/, '');
    const rows = readCsv(csv, ',');
    expect(rows.length).toBe(2);
    expect(rows[1]?.[5]).toBe(text);
    expect(rows[1]?.[7]).toBe(title);
    // Each field holding a `;` is quoted, so a reader splitting on `;` does not cut it.
    expect(csv).toContain(`,"${title.replace(/"/g, '""')}",`);
    expect(csv).toContain(`,"${text.replace(/"/g, '""')}",`);
  });
});
