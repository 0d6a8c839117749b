import { dateFromDateLine, dateFromLabelledValue } from '../core/dates';

// Bounds that keep the walk cheap on long papers: the date sits in the metadata block or the
// letterhead, near the top.
const MAX_LABELS = 40;
const MAX_LINES = 400;
const MAX_LINE_LENGTH = 80;

/**
 * The dates a parliamentary paper shows in its text (YYYY-MM-DD), best first: a labelled date in
 * a table or definition list ("Datum publicatie"), then its date line ("Den Haag, 18 november
 * 2025"). Pure reading; the rules for what counts are in core/dates/in-page.
 */
export function datesShownInPage(doc: Document): string[] {
  const found: string[] = [];
  for (const dt of [...doc.querySelectorAll('dt')].slice(0, MAX_LABELS)) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName !== 'DD') continue;
    const date = dateFromLabelledValue(dt.textContent ?? '', dd.textContent ?? '');
    if (date) found.push(date);
  }
  for (const th of [...doc.querySelectorAll('th')].slice(0, MAX_LABELS)) {
    const date = dateFromLabelledValue(th.textContent ?? '', cellUnder(th)?.textContent ?? '');
    if (date) found.push(date);
  }
  const scope = doc.querySelector('#broodtekst, article, main') ?? doc.body;
  const lines = scope ? [...scope.querySelectorAll('p, div, span, td, li')] : [];
  for (const el of lines.slice(0, MAX_LINES)) {
    // Leaf-like elements only: a container's text is the whole paper.
    if (el.childElementCount > 2) continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_LINE_LENGTH) continue;
    const date = dateFromDateLine(text);
    if (date) {
      found.push(date);
      break;
    }
  }
  return found;
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
