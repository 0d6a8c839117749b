import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The fixture pages every browser's suite serves (tests/fixtures/pages/<host>/<path>), and the
 * in-page probes both suites run. Browser-neutral: no Playwright, no Puppeteer.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');

/** A host the content script does not match, showing nos.nl's fixtures: the page without us. */
export const UNMATCHED_HOST = 'kamerlens-off.test';
const HOST_ALIASES: Record<string, string> = { [UNMATCHED_HOST]: 'nos.nl' };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  // Feeds: the same RSS document served both ways a news site does.
  '.rss': 'application/rss+xml; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
};

/** What a test browser answers for one request: the fixture file, or 404 "not found". */
export interface FixtureResponse {
  status: 200 | 404;
  contentType: string;
  body: Buffer;
}

/**
 * The answer for an http(s) `url`: `tests/fixtures/pages/<host>/<path>` (`www.` dropped, `/` as
 * `index.html`) with 200, or 404 for anything else. Never reads outside the fixture folder.
 */
export function fixtureResponse(url: string): FixtureResponse {
  const parsed = new URL(url);
  const bare = parsed.hostname.replace(/^www\./, '');
  const host = HOST_ALIASES[bare] ?? bare;
  const file = path.join(
    PAGES,
    host,
    parsed.pathname.endsWith('/') ? `${parsed.pathname}index.html` : parsed.pathname,
  );
  if (!file.startsWith(PAGES) || !existsSync(file))
    return { status: 404, contentType: 'text/plain', body: Buffer.from('not found') };
  return {
    status: 200,
    contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  };
}

/**
 * In the page: the centre of the first occurrence of `needle` (viewport pixels), scrolled into
 * view, or null when the text is not on the page. Given `[needle, fraction]`, the page is
 * scrolled so that the text sits at `fraction` of the window's height (0 top, 1 bottom) instead
 * of its middle.
 */
export function textPointInPage(
  arg: string | readonly [string, number],
): { x: number; y: number } | null {
  const needle = typeof arg === 'string' ? arg : arg[0];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + Math.min(needle.length, 8));
    if (typeof arg === 'string') {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } else {
      scrollBy(0, range.getBoundingClientRect().top - arg[1] * innerHeight);
    }
    // The first line box: a reference broken over two lines ("motie-" | "Kathmann") has a
    // bounding box whose centre lies on other text.
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

/**
 * In the page: the text of every range registered under highlight `name`, as the page sees the
 * registry. Highlights may hold StaticRanges (no `toString`), so each is rebuilt as a live Range.
 */
export function markedTextsInPage(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  const texts: string[] = [];
  highlight.forEach((r) => {
    const range = document.createRange();
    try {
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      texts.push(range.toString());
    } catch {
      texts.push(`<invalid range in ${r.startContainer.nodeName}>`);
    }
  });
  return texts;
}

/** In the page: the number of ranges registered under highlight `name`. */
export function highlightSizeInPage(name: string): number {
  return CSS.highlights.get(name)?.size ?? 0;
}

/**
 * In the page: the references (`data-ref` of their paragraph) whose text lies in the window,
 * and those of them that no Kamerlens highlight covers. Reads the page's highlight registry.
 */
export function marksInViewInPage(): { seen: string[]; missing: string[] } {
  const ranges: AbstractRange[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('kamerlens')) highlight.forEach((r) => ranges.push(r));
  });
  const seen: string[] = [];
  const missing: string[] = [];
  for (const p of document.querySelectorAll<HTMLElement>('p[data-ref]')) {
    const ref = p.dataset.ref ?? '';
    const text = p.firstChild as Text;
    const at = text.data.indexOf(ref);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + ref.length);
    const box = range.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight) continue;
    seen.push(ref);
    const covered = ranges.some(
      (r) => r.startContainer === text && r.startOffset <= at && r.endOffset > at,
    );
    if (!covered) missing.push(ref);
  }
  return { seen, missing };
}
