import { describe, expect, it } from 'vitest';
import {
  csvField,
  exportFileName,
  parseTrailImport,
  trailToCsv,
  trailToJson,
} from '../../../src/core/trail';
import { readCsv as readRfc4180 } from '../../rfc4180';
import { note, visit } from './fixtures';

/** The export's comma-separated file, read by the tests' strict RFC 4180 reader. */
const readCsv = (text: string): string[][] => readRfc4180(text, ',');

const visits = [
  visit({
    time: '2025-03-02T08:00:00.000Z',
    refId: 'term-detectiebevel',
    refKind: 'term',
    text: 'detectiebevel',
  }),
  visit(),
];
const notes = [note(), note({ refId: 'celex-32021R1232', text: 'Tijdelijke verordening' })];

describe('CSV export', () => {
  it('writes a header, visits oldest first with their notes, then notes without a visit', () => {
    const csv = trailToCsv(visits, notes);
    expect(
      csv.startsWith(
        '\uFEFFrecord,time,reference,kind,text,note,page_url,page_title,page_date\r\n',
      ),
    ).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows).toEqual([
      [
        'record',
        'time',
        'reference',
        'kind',
        'text',
        'note',
        'page_url',
        'page_title',
        'page_date',
      ],
      [
        'visit',
        '2025-03-01T09:30:00.000Z',
        'kst-26643-1011',
        'kamerstuk',
        'Kamerstuk 26 643, nr. 1011',
        'Vragen aan de minister',
        'https://nos.nl/artikel/chatcontrol.html',
        'Kabinet onthoudt zich over chatcontrole',
        '2024-10-05',
      ],
      [
        'visit',
        '2025-03-02T08:00:00.000Z',
        'term-detectiebevel',
        'term',
        'detectiebevel',
        '',
        'https://nos.nl/artikel/chatcontrol.html',
        'Kabinet onthoudt zich over chatcontrole',
        '2024-10-05',
      ],
      [
        'note',
        '2025-03-01T10:00:00.000Z',
        'celex-32021R1232',
        '',
        '',
        'Tijdelijke verordening',
        '',
        '',
        '',
      ],
    ]);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('gewoon')).toBe('gewoon');
  });

  it('an empty trail is just the header', () => {
    expect(readCsv(trailToCsv([], [])).length).toBe(1);
  });
});

describe('JSON export', () => {
  it('carries format and version, drops store keys, and reads back in', () => {
    const json = trailToJson([{ ...visit(), id: 7 }], notes, '2025-03-03T00:00:00.000Z');
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      format: 'kamerlens-research-trail',
      version: 1,
      exportedAt: '2025-03-03T00:00:00.000Z',
    });
    expect(data.visits).toEqual([visit()]);
    expect(parseTrailImport(json)).toEqual({ ok: true, visits: [visit()], notes: data.notes });
  });

  it('names files by date', () => {
    expect(exportFileName('csv', new Date('2025-03-01T12:00:00Z'))).toBe(
      'kamerlens-trail-2025-03-01.csv',
    );
  });
});
