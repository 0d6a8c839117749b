import type { RefKind } from '../detect/types';

/**
 * The research trail: which references a user opened, on which page, and their own notes. Kept in
 * IndexedDB in the extension's origin (platform/trail-db); these are the record shapes and the
 * version numbers shared by the store, the export files and the import check.
 */

/** IndexedDB schema version; platform/trail-db holds one migration per step up to it. */
export const TRAIL_DB_VERSION = 2;

/** The `format` and `version` every JSON export carries; import accepts this version and older. */
export const TRAIL_EXPORT_FORMAT = 'kamerlens-research-trail';
export const TRAIL_EXPORT_VERSION = 1;

export { REF_KINDS } from '../detect/types';

/** What the content script reports when a popover opens; the background adds the time. */
export interface VisitInput {
  url: string;
  title: string;
  /** YYYY-MM-DD: the page's date as Kamerlens used it, or null when none was known. */
  pageDate: string | null;
  refId: string;
  refKind: RefKind;
  /** The reference as written on the page. */
  text: string;
}

export interface Visit extends VisitInput {
  /** ISO 8601 UTC, e.g. 2025-03-01T09:30:00.000Z. */
  time: string;
}

/** A stored visit carries the key IndexedDB gave it. */
export interface StoredVisit extends Visit {
  id: number;
}

export interface Note {
  refId: string;
  text: string;
  /** ISO 8601 UTC of the last change. */
  updated: string;
}

/** Upper bounds on stored text, so a hostile page cannot fill the user's disk through its title. */
export const LIMITS = {
  url: 2048,
  title: 500,
  text: 300,
  refId: 120,
  note: 10_000,
} as const;

/**
 * The trail keeps at most this many visits; past it the oldest are removed first (the options
 * page says so). Bounds the disk a page that keeps being visited can make the trail take.
 */
export const MAX_VISITS = 10_000;

/** Opening the same reference on the same page again within this time adds no new visit. */
export const REVISIT_WINDOW_MS = 10 * 60 * 1000;
