import {
  TRAIL_EXPORT_FORMAT,
  TRAIL_EXPORT_VERSION,
  type Note,
  type StoredVisit,
  type Visit,
} from './types';

/** The JSON export: everything in the trail and every note, readable back by `parseTrailImport`. */
export interface TrailExport {
  format: typeof TRAIL_EXPORT_FORMAT;
  version: typeof TRAIL_EXPORT_VERSION;
  exportedAt: string;
  visits: Visit[];
  notes: Note[];
}

const byTime = (a: { time: string }, b: { time: string }) => a.time.localeCompare(b.time);
const byRefId = (a: { refId: string }, b: { refId: string }) => a.refId.localeCompare(b.refId);

/** Store keys are left out: they mean nothing in another profile. */
function plainVisit({ url, title, pageDate, refId, refKind, text, time }: Visit): Visit {
  return { url, title, pageDate, refId, refKind, text, time };
}

export function trailToJson(
  visits: readonly (Visit | StoredVisit)[],
  notes: readonly Note[],
  exportedAt: string,
): string {
  const data: TrailExport = {
    format: TRAIL_EXPORT_FORMAT,
    version: TRAIL_EXPORT_VERSION,
    exportedAt,
    visits: [...visits].sort(byTime).map(plainVisit),
    notes: [...notes].sort(byRefId),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'record',
  'time',
  'reference',
  'kind',
  'text',
  'note',
  'page_url',
  'page_title',
  'page_date',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma, semicolon (Dutch Excel splits
 * on `;`) or line break, quotes doubled. A field a spreadsheet would read as a formula (starting with `=`,
 * `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, so opening an export of a
 * hostile page's title in Excel or LibreOffice runs nothing.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV export: one `visit` row per visit, with the reference's note alongside, then one
 * `note` row for each note on a reference that has no visit, so every note appears. UTF-8 with a
 * byte-order mark (spreadsheets read the accents right), CRLF line ends.
 */
export function trailToCsv(visits: readonly Visit[], notes: readonly Note[]): string {
  const noteOf = new Map(notes.map((n) => [n.refId, n]));
  const visited = new Set(visits.map((v) => v.refId));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const v of [...visits].sort(byTime)) {
    const note = noteOf.get(v.refId)?.text ?? '';
    rows.push([
      'visit',
      v.time,
      v.refId,
      v.refKind,
      v.text,
      note,
      v.url,
      v.title,
      v.pageDate ?? '',
    ]);
  }
  for (const n of [...notes].sort(byRefId)) {
    if (!visited.has(n.refId)) rows.push(['note', n.updated, n.refId, '', '', n.text, '', '', '']);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A file name with the date, e.g. kamerlens-trail-2025-03-01.csv. */
export function exportFileName(extension: 'csv' | 'json', now: Date): string {
  return `kamerlens-trail-${now.toISOString().slice(0, 10)}.${extension}`;
}
