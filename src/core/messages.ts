import type { PageDateSource } from './dates/sources';
import type { Detection, RefKind } from './detect/types';
import type { Note, VisitInput } from './trail/types';

/**
 * Where the page's date came from (CONTRACT §4 order), or the user's own pick: one of SOURCE_ORDER
 * in core/dates, which lists them all, best first.
 */
export type { PageDateSource };

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
export type ToContent =
  | { type: 'get-tab-state' }
  | { type: 'reveal'; id: string }
  /**
   * Sent by the background when the user revoked access to a site they had added: the content
   * script already running there stops as if switched off, until the page is loaded again.
   */
  | { type: 'access-revoked' };

/** Messages the content script sends to the background. */
export type ToBackground =
  | { type: 'detections-changed'; documentCount: number }
  /** A popover opened; recorded only while the research trail is on. */
  | { type: 'trail-record'; entry: VisitInput }
  | { type: 'note-get'; refId: string }
  /** An empty `text` removes the note. */
  | { type: 'note-set'; refId: string; text: string }
  /** From the options page: make the registered content scripts match the granted sites. */
  | { type: 'sites-sync' };

/** A reply from the background: a value, or why there is none. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the background answers to each message. */
export interface BackgroundReplies {
  'detections-changed': Reply<null>;
  /** `recorded` is false while the trail is off, or when it counted as the same look again. */
  'trail-record': Reply<{ recorded: boolean }>;
  'note-get': Reply<Note | null>;
  'note-set': Reply<Note | null>;
  /** The origins Kamerlens now runs on beyond the manifest's own sites. */
  'sites-sync': Reply<{ origins: string[] }>;
}

/** What the background tells open extension pages (options, popup). */
export type ToPages = { type: 'trail-changed' };

export function summariseDetections(detections: readonly Detection[]): TabDetection[] {
  const byId = new Map<string, TabDetection>();
  for (const d of detections) {
    const seen = byId.get(d.id);
    if (seen) seen.count += 1;
    else byId.set(d.id, { id: d.id, kind: d.kind, text: d.text, count: 1 });
  }
  return [...byId.values()];
}
