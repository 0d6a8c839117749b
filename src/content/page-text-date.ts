import {
  dateFromBareLine,
  dateFromDateLine,
  dateFromLabelledValue,
  isDateLabel,
} from '../core/dates';

// Bounds that keep the walk cheap on long papers: the date sits in the metadata block or the
// letterhead, near the top.
const MAX_LABELS = 40;
const MAX_LINES = 400;
const MAX_LINE_LENGTH = 80;
// A block holding only a date counts only near the top of the main content (the page's header),
// where tweedekamer.nl puts it; further down it is a date in the paper's body.
const MAX_EARLY_BLOCKS = 25;

/**
 * The first `limit` elements under `root` that match `selector`, in document order. Only those
 * are handed to script: spreading the whole list would make an object for each of the 38,000
 * paragraphs of a long page (a long task of its own) to keep 400.
 */
function firstOf(root: ParentNode, selector: string, limit: number): Element[] {
  const all = root.querySelectorAll(selector);
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < limit; i++) out.push(all[i] as Element);
  return out;
}

/**
 * The dates a parliamentary paper shows in its text (YYYY-MM-DD), best first: a labelled date in
 * a table or definition list ("Datum publicatie"), then its date line ("Den Haag, 18 november
 * 2025", "Datum brief: 26 november 2025", or a label element followed by the date), then a block
 * near the top that holds only a date ("Brief regering | 29 november 2024"). Pure reading; the rules for what counts are in core/dates/in-page.
 */
export function datesShownInPage(doc: Document): string[] {
  const found: string[] = [];
  for (const dt of firstOf(doc, 'dt', MAX_LABELS)) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName !== 'DD') continue;
    const date = dateFromLabelledValue(dt.textContent ?? '', dd.textContent ?? '');
    if (date) found.push(date);
  }
  for (const th of firstOf(doc, 'th', MAX_LABELS)) {
    const date = dateFromLabelledValue(th.textContent ?? '', cellUnder(th)?.textContent ?? '');
    if (date) found.push(date);
  }
  for (const td of firstOf(doc, 'td', MAX_LABELS)) {
    // A two-column table: the label cell, then the value cell.
    const next = td.nextElementSibling;
    if (next?.tagName !== 'TD') continue;
    const date = dateFromLabelledValue(td.textContent ?? '', next.textContent ?? '');
    if (date) found.push(date);
  }
  const scope = doc.querySelector('#broodtekst, article, main') ?? doc.body;
  const leaves = (scope ? firstOf(scope, 'p, div, span, td, li', MAX_LINES) : [])
    // Leaf-like elements only: a container's text is the whole paper.
    .filter((el) => el.childElementCount <= 2 && (el.textContent ?? '').length <= MAX_LINE_LENGTH);
  const lineDate = leaves
    .map((el) => dateFromDateLine(el.textContent ?? '') ?? labelBefore(el))
    .find(Boolean);
  if (lineDate) found.push(lineDate);
  const bare = leaves
    .slice(0, MAX_EARLY_BLOCKS)
    .map((el) => dateFromBareLine(el.textContent ?? ''))
    .find(Boolean);
  if (bare) found.push(bare);
  return found;
}

/**
 * The date in `el` when the element before it is a date label alone ("<span>Datum brief</span>
 * <span>26 november 2025</span>"), else undefined.
 */
function labelBefore(el: Element): string | undefined {
  const label = el.previousElementSibling;
  if (!label || !isDateLabel(label.textContent ?? '')) return undefined;
  return dateFromLabelledValue(label.textContent ?? '', el.textContent ?? '');
}

/**
 * The value of a header cell: the next cell in its own row (a vertical table), else the cell in
 * the same column of the next row, across thead and tbody (a horizontal one).
 */
function cellUnder(th: Element): Element | null {
  const next = th.nextElementSibling;
  if (next?.tagName === 'TD') return next;
  const row = th.closest('tr');
  const table = th.closest('table');
  if (!row || !table) return null;
  const rows = [...table.querySelectorAll('tr')];
  const below = rows[rows.indexOf(row) + 1];
  return below?.children[[...row.children].indexOf(th)] ?? null;
}
