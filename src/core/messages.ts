import type { Detection, RefKind } from './detect/types';

/**
 * Where the page's date came from (CONTRACT §4 order), or the user's own pick. The `meta:` ones
 * are common variants, each ranked right after the contract's source of the same kind (see
 * SOURCE_ORDER in core/dates).
 */
export type PageDateSource =
  | 'article:published_time'
  | 'og:article:published_time'
  | 'meta:publish-date'
  | 'json-ld'
  | 'meta:datePublished'
  | 'DCTERMS.issued'
  | 'OVERHEIDop.datumOndertekening'
  | 'DC.date'
  | 'meta:date'
  | 'time'
  | 'url'
  | 'today'
  | 'user';

export interface PageDate {
  date: string;
  source: PageDateSource;
}

/** One detected reference on a tab, as the popup lists it. */
export interface TabDetection {
  id: string;
  kind: RefKind;
  text: string;
  count: number;
}

export interface TabState {
  url: string;
  host: string;
  markingOn: boolean;
  pageDate: PageDate;
  detections: TabDetection[];
}

/** Messages an extension page sends to a tab's content script. */
export type ToContent = { type: 'get-tab-state' } | { type: 'reveal'; id: string };

/** Messages the content script sends to the background. */
export type ToBackground = { type: 'detections-changed'; documentCount: number };

export function summariseDetections(detections: readonly Detection[]): TabDetection[] {
  const byId = new Map<string, TabDetection>();
  for (const d of detections) {
    const seen = byId.get(d.id);
    if (seen) seen.count += 1;
    else byId.set(d.id, { id: d.id, kind: d.kind, text: d.text, count: 1 });
  }
  return [...byId.values()];
}
