import { describe, expect, it } from 'vitest';
import { csvField, trailToCsv } from '../../../src/core/trail';
import { note, visit } from './fixtures';
import { readCsv } from '../../rfc4180';

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
