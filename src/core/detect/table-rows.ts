import { dossierId, kamerstukId } from './grammar';
import { detection } from './parser';
import type { Detection } from './types';

// The Kamerstukken column of wetten.overheid.nl's table of changes to a law ("Inwerkingtreding |
// Betreft | Ondertekening | Bron bekendmaking | Kamerstukken | …"): a cell holds only the bill's
// dossier number ("33207"), as the Rijkswet's "35315-(R2137)" or with the paper ("35 315
// (R2137), nr. 1", "35315-(R2137)-1"). A number alone is anything, so it is taken only in the
// row shape of that table: cells apart by "|" or a tab, one of them a publication in the
// Staatsblad or Staatscourant with its year ("Stb. 2012, 462"), and the cell nothing but the
// number, in the range of dossier numbers (10 000–39 999, see bill-numbers.ts). Table figures
// elsewhere stay unmarked. Anchored on "|" and the tab, so a block without one costs a search.

function isSeparator(code: number): boolean {
  return code === 0x7c || code === 0x09;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0d;
}
const PUBLICATION_WORD = /St(?:b|crt|aats)/;
const PUBLICATION_CELL = /^\s*(?:Stb|Stcrt|Staatsblad|Staatscourant)\.?\s*(?:18|19|20)\d\d\b/;
const DOSSIER_CELL =
  /^([1-3]\d[ \u00a0]?\d{3})(?:[ \u00a0]?-?[ \u00a0]?\(R\d{3,4}\))?(?:(?:,?[ \u00a0]*nr\.?[ \u00a0]*|-)(\d{1,4}))?$/;

interface Cell {
  start: number;
  end: number;
}

/** The cells of the line text[from, to), trimmed, with their offsets. */
function cells(text: string, from: number, to: number): Cell[] {
  const out: Cell[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k < to && !isSeparator(text.charCodeAt(k))) continue;
    let s = start;
    let e = k;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = k + 1;
  }
  return out;
}

function rowDossiers(text: string, from: number, to: number, out: Detection[]): void {
  const row = cells(text, from, to);
  if (row.length < 3) return;
  if (!row.some((c) => PUBLICATION_CELL.test(text.slice(c.start, c.end)))) return;
  for (const c of row) {
    const m = DOSSIER_CELL.exec(text.slice(c.start, c.end));
    const raw = m?.[1];
    if (!m || raw === undefined) continue;
    const nr = m[2];
    const dossier = dossierId(raw);
    if (nr !== undefined && Number(nr) === 0) continue;
    const id = nr === undefined ? `dossier-${dossier}` : kamerstukId(dossier, nr);
    out.push(detection(text, c.start, c.end, nr === undefined ? 'dossier' : 'kamerstuk', id));
  }
}

const NONE: readonly Detection[] = [];

/** Dossier numbers in the Kamerstukken cells of a table of changes (see above), by position. */
export function findTableDossiers(text: string): readonly Detection[] {
  const pipe = text.indexOf('|');
  const tab = text.indexOf('\t');
  if (pipe < 0 && tab < 0) return NONE;
  // No publication, no row of changes: most blocks with a "|" or a tab stop here.
  if (!PUBLICATION_WORD.test(text)) return NONE;
  const out: Detection[] = [];
  let lineStart = text.lastIndexOf('\n', Math.min(...[pipe, tab].filter((k) => k >= 0))) + 1;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    rowDossiers(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out.length > 0 ? out : NONE;
}
