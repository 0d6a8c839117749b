import { parseDateString } from './parse';

/*
 * Parliamentary papers print their own date in the text rather than in metadata. How the three
 * parliament sites show it (looked up with the search tool in public copies of their pages,
 * 2026-11-30):
 * - zoek.officielebekendmakingen.nl/kst-34700-19.html: a metadata table whose header row reads
 *   "Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer", above the letter,
 *   whose date line reads "Den Haag, 29 mei 2017"; reports open with "Vastgesteld 25 mei 2023"
 *   (kst-35510-130.html).
 * - www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2022D06725&id=2022Z03223: the
 *   letter's text in the page, with its date line "Den Haag, 21 februari 2022".
 * - Eerste Kamer papers (zoek.officielebekendmakingen.nl/kst-cxxiv-g.html, as on eerstekamer.nl):
 *   "Den Haag, 5 december 2017"; advice of the Raad van State: "'s-Gravenhage, 17 juni 2020".
 * Pages seen by a reader on 2026-11-30 also show the date in these forms, which the first
 * version missed:
 * - officielebekendmakingen: the metadata as a plain two-column table whose label cell reads
 *   "Datum publicatie" and whose next cell holds "19 november 2025", or a line
 *   "Publicatiedatum: 19 november 2025".
 * - tweedekamer.nl document pages: a header line above the text giving the kind and the date
 *   ("Brief regering | 29 november 2024") or just the date ("29 november 2024"), and
 *   "Gepubliceerd op 09-10-2024" under news items.
 * - eerstekamer.nl: "Datum brief: 26 november 2025" in the letter's metadata.
 * These functions read those forms from plain strings; the DOM walk is
 * src/content/page-text-date.ts.
 */

/** The hosts whose pages are parliamentary papers (with or without `www.`). */
const PARLIAMENT_HOSTS = ['tweedekamer.nl', 'eerstekamer.nl', 'zoek.officielebekendmakingen.nl'];

/** True for tweedekamer.nl, eerstekamer.nl and zoek.officielebekendmakingen.nl (and `www.`). */
export function isParliamentHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return PARLIAMENT_HOSTS.includes(host);
}

// "Den Haag, 29 mei 2017", "'s-Gravenhage, 17 juni 2020", "Vastgesteld 25 mei 2023",
// "Datum: 12 maart 2024". The place or word must open the line, and the date must end it.
const DATE_LINE =
  /^(?:den\s+haag|['’]s-gravenhage|vastgesteld(?:\s+op)?|publicatiedatum|documentdatum|gepubliceerd(?:\s+op)?|datum(?:\s+(?:van\s+)?(?:publicatie|ondertekening|document|brief))?)\s*[,:]?\s+(.{6,40})$/i;
/** A date line is short; a longer text is prose that merely mentions a date. */
const MAX_LINE = 60;

/**
 * The date a parliamentary paper's date line gives ("Den Haag, 18 november 2025" →
 * "2025-11-18"), or undefined for any other text. Whitespace may be irregular.
 */
export function dateFromDateLine(text: string): string | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_LINE) return undefined;
  const m = DATE_LINE.exec(line);
  return m?.[1] === undefined ? undefined : parseDateString(m[1].replace(/\.$/, ''));
}

/** Labels under which the sites list a paper's date in a table or definition list. */
const DATE_LABELS = new Set([
  'datum publicatie',
  'publicatiedatum',
  'datum',
  'datum document',
  'documentdatum',
  'datum ondertekening',
  'datum van ondertekening',
  'datum brief',
  'gepubliceerd op',
  'gepubliceerd',
]);

/** True when `label` ("Datum publicatie", "Datum brief:") names a paper's date. */
export function isDateLabel(label: string): boolean {
  return DATE_LABELS.has(normalLabel(label));
}

function normalLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().replace(/:$/, '').trim().toLowerCase();
}

// "Brief regering | 29 november 2024": a short kind, a bar, the date.
const KIND_AND_DATE = /^[\p{L} .-]{2,40}\s*\|\s*(.{6,40})$/u;

/**
 * The date of a block that holds only a date ("29 november 2024", "19-11-2025", "2025-11-19"),
 * optionally after a kind and a bar ("Brief regering | 29 november 2024"), as tweedekamer.nl
 * shows it above a paper; undefined for anything else. A time after the date is allowed.
 */
export function dateFromBareLine(text: string): string | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_LINE) return undefined;
  const m = KIND_AND_DATE.exec(line);
  return parseDateString(m?.[1] ?? line);
}

/**
 * The date in a labelled value ("Datum publicatie" / "18-11-2025" → "2025-11-18"), or undefined
 * when the label is not a date label or the value is not a date.
 */
export function dateFromLabelledValue(label: string, value: string): string | undefined {
  return isDateLabel(label) ? parseDateString(value) : undefined;
}
