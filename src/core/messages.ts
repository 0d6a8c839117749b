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
  /**
   * Whether the page is about the regulation (the page-level decision, core/detect/context.ts).
   * Only then does a motion named without number mean the debate's motion of that name; on other
   * pages the same members' motions on other subjects keep the id of their names.
   */
  aboutRegulation: boolean;
}

/** Messages an extension page sends to a tab's content script. */
export type ToContent =
  | { type: 'get-tab-state' }
  | { type: 'reveal'; id: string }
  /**
   * A keyboard command (manifest `commands`, relayed by the background): move to the next (1)
   * or previous (-1) reference, counted from what the reader sees.
   */
  | { type: 'step'; direction: 1 | -1 }
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
  | { type: 'sites-sync' }
  /** A card opened on the sender's tab (hovered or chosen); the side panel follows it. */
  | { type: 'ref-shown'; refId: string }
  /**
   * "More" in a card: open the side panel on the sender's tab at `refId`. Sent from a trusted
   * click, so the background can open the panel within that user gesture (Chrome).
   */
  | { type: 'open-side-panel'; refId: string };

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
  'ref-shown': Reply<null>;
  /** `opened` is false where the browser refused (no user gesture) or has no side panel. */
  'open-side-panel': Reply<{ opened: boolean }>;
}

/** What the background tells open extension pages (options, popup, side panel). */
export type ToPages =
  | { type: 'trail-changed' }
  /** A card opened on tab `tabId`; the side panel shows that reference. */
  | { type: 'ref-shown'; tabId: number; refId: string }
  /** What was found on tab `tabId` changed (a scan, a rescan, marking switched). */
  | { type: 'tab-changed'; tabId: number };

export function summariseDetections(detections: readonly Detection[]): TabDetection[] {
  const byId = new Map<string, TabDetection>();
  for (const d of detections) {
    const seen = byId.get(d.id);
    if (seen) seen.count += 1;
    else byId.set(d.id, { id: d.id, kind: d.kind, text: d.text, count: 1 });
  }
  return [...byId.values()];
}
