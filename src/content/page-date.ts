import {
  datesPublishedFromJsonLd,
  isParliamentHost,
  localDay,
  metaDateSource,
  pickPageDate,
  type DateCandidate,
} from '../core/dates';
import type { PageDate } from '../core/messages';
import { datesShownInPage } from './page-text-date';

// A reading-time `<time datetime="PT4M">` can come first in an article header; looking a few
// elements further finds the real date without wandering into a long list of related links.
const MAX_TIME_ELEMENTS = 5;
const META_ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

/** JSON-LD dates per script element, read once for as long as its text stays the same. */
const jsonLdCache = new WeakMap<Element, { text: string; dates: string[] }>();

function jsonLdDates(script: HTMLScriptElement): string[] {
  const text = script.textContent ?? '';
  const cached = jsonLdCache.get(script);
  if (cached?.text === text) return cached.dates;
  const dates = datesPublishedFromJsonLd(text);
  jsonLdCache.set(script, { text, dates });
  return dates;
}

/**
 * Every raw date the page offers, in document order within each kind; ranking is the core's job.
 * Only reads: the page's DOM is left exactly as it was.
 */
export function readPageDateCandidates(
  doc: Document = document,
  url: string = location.href,
): DateCandidate[] {
  const found: DateCandidate[] = [];
  // Live collections, not selector queries: the browser keeps them until the page changes, so
  // the popup's repeated questions do not walk all of a long page's DOM each time.
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attribute of META_ATTRIBUTES) {
      const value = meta.getAttribute(attribute);
      const source = value === null ? undefined : metaDateSource(attribute, value);
      if (source) found.push({ source, raw: content });
    }
  }
  for (const script of doc.getElementsByTagName('script')) {
    if (script.type.trim().toLowerCase() !== 'application/ld+json') continue;
    for (const raw of jsonLdDates(script)) found.push({ source: 'json-ld', raw });
  }
  const scope =
    doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0] ?? doc.body;
  let times = 0;
  for (const time of scope?.getElementsByTagName('time') ?? []) {
    const raw = time.getAttribute('datetime');
    if (raw === null) continue;
    found.push({ source: 'time', raw });
    if (++times === MAX_TIME_ELEMENTS) break;
  }
  // Parliamentary papers often carry their date only in the text ("Den Haag, 18 november 2025").
  if (isParliamentHost(hostOf(url))) {
    for (const raw of datesShownInPage(doc)) found.push({ source: 'page-text', raw });
  }
  found.push({ source: 'url', raw: url });
  return found;
}

/**
 * The date Kamerlens shows positions for on this page. A `userPick` (YYYY-MM-DD) outranks
 * anything the page says.
 */
export function readPageDate(
  doc: Document = document,
  url: string = location.href,
  today: string = localDay(new Date()),
  userPick?: string,
): PageDate {
  const candidates = readPageDateCandidates(doc, url);
  if (userPick !== undefined) candidates.push({ source: 'user', raw: userPick });
  return pickPageDate(candidates, today);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
