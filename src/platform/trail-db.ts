import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import {
  BLOCKED_ERROR_NAME,
  cleanNote,
  MAX_VISITS,
  planMerge,
  REVISIT_WINDOW_MS,
  TRAIL_DB_VERSION,
  type Note,
  type StoredVisit,
  type Visit,
  type VisitInput,
} from '../core/trail';

/**
 * The research trail in IndexedDB, in the extension's own origin (background and extension
 * pages; never a content script, whose IndexedDB would be the page's). Versioned: each schema
 * step is one migration below, run in order from the version found to TRAIL_DB_VERSION.
 */
export const TRAIL_DB_NAME = 'kamerlens-trail';

interface TrailDB extends DBSchema {
  visits: { key: number; value: StoredVisit; indexes: { 'by-ref': string; 'by-time': string } };
  notes: { key: string; value: Note };
}

type Db = IDBPDatabase<TrailDB>;
type UpgradeTx = IDBPTransaction<TrailDB, StoreNames<TrailDB>[], 'versionchange'>;
type VisitsStore = IDBPObjectStore<TrailDB, StoreNames<TrailDB>[], 'visits', 'readwrite'>;

/** Removes the oldest visits (by time) until at most `cap` are left, within the caller's transaction. */
async function trimOldest(visits: VisitsStore, cap: number): Promise<number> {
  let excess = (await visits.count()) - cap;
  const removed = Math.max(0, excess);
  if (excess <= 0) return 0;
  let cursor = await visits.index('by-time').openCursor();
  while (cursor && excess > 0) {
    await cursor.delete();
    excess -= 1;
    cursor = await cursor.continue();
  }
  return removed;
}

/** MIGRATIONS[n] takes the schema from version n to n + 1. */
const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void)[] = [
  // 1: visits (keyed by a counter) and notes (one per reference).
  (db) => {
    db.createObjectStore('visits', { keyPath: 'id', autoIncrement: true });
    db.createObjectStore('notes', { keyPath: 'refId' });
  },
  // 2: indexes for the trail view (newest first) and for finding a reference's visits.
  (_db, tx) => {
    const visits = tx.objectStore('visits');
    visits.createIndex('by-time', 'time');
    visits.createIndex('by-ref', 'refId');
  },
];

/**
 * Opens (creating or upgrading) the trail database; `version` below the current is for tests.
 * `onBlocked` is called when an older connection elsewhere keeps the upgrade waiting (the open
 * goes on and resolves once that connection closes). Rejects with the browser's DOMException
 * (`VersionError` when the stored database is newer).
 */
export function openTrailDb(
  name = TRAIL_DB_NAME,
  version = TRAIL_DB_VERSION,
  onBlocked: () => void = () => undefined,
): Promise<Db> {
  return openDB<TrailDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v += 1) MIGRATIONS[v]?.(db, tx);
    },
    blocked: onBlocked,
    blocking(_current, _next, event) {
      // A newer build wants to upgrade: step aside; the next call opens the new version.
      (event.target as IDBDatabase).close();
    },
  });
}

/** The error every call gets while the open waits on an older connection (see storageFailure). */
function blockedError(): Error {
  const error = new Error('The trail database is held open by an older version.');
  error.name = BLOCKED_ERROR_NAME;
  return error;
}

/**
 * The trail store. Every method rejects with the browser's error when IndexedDB fails (read it
 * with `storageFailure`); while the database open is blocked, with a `KamerlensTrailBlocked`
 * error at once rather than waiting unseen.
 */
export class TrailStore {
  private db: Promise<Db> | null = null;
  /** Rejected once the pending open is blocked; never settles otherwise. */
  private blocked: Promise<never> = new Promise(() => undefined);
  /** Called when an open that was blocked goes through after all (a page shows its list then). */
  onUnblocked: () => void = () => undefined;

  /** `cap`: most visits kept (MAX_VISITS; smaller in tests). */
  constructor(
    private readonly name = TRAIL_DB_NAME,
    private readonly cap = MAX_VISITS,
  ) {}

  private async open(): Promise<Db> {
    if (!this.db) {
      let wasBlocked = false;
      let reject: (error: Error) => void = () => undefined;
      this.blocked = new Promise<never>((_, r) => (reject = r));
      this.blocked.catch(() => undefined);
      this.db = openTrailDb(this.name, undefined, () => {
        wasBlocked = true;
        reject(blockedError());
      }).then((db) => {
        db.addEventListener('close', () => (this.db = null));
        db.addEventListener('versionchange', () => (this.db = null));
        this.blocked = new Promise(() => undefined);
        if (wasBlocked) this.onUnblocked();
        return db;
      });
    }
    const opening = this.db;
    try {
      // The open first: once it went through, it wins even after a block.
      return await Promise.race([opening, this.blocked]);
    } catch (error) {
      // A blocked open is still pending and will go through; any other failure is tried afresh.
      if ((error as Error).name !== BLOCKED_ERROR_NAME && this.db === opening) this.db = null;
      throw error;
    }
  }

  /**
   * Adds a visit at `now` (removing the oldest beyond the cap), unless the same reference was opened on the same page within
   * REVISIT_WINDOW_MS (hovering back and forth is one look, not many). Returns the stored visit,
   * or null when it counted as the same look.
   */
  async recordVisit(input: VisitInput, now: Date): Promise<StoredVisit | null> {
    const db = await this.open();
    const tx = db.transaction(['visits'], 'readwrite');
    const store = tx.objectStore('visits');
    const earlier = await store.index('by-ref').getAll(input.refId);
    const recent = earlier.some(
      (v) => v.url === input.url && now.getTime() - Date.parse(v.time) < REVISIT_WINDOW_MS,
    );
    if (recent) {
      await tx.done;
      return null;
    }
    const visit = { ...input, time: now.toISOString() } as StoredVisit;
    visit.id = await store.add(visit);
    await trimOldest(store, this.cap);
    await tx.done;
    return visit;
  }

  /** Every visit, newest first. */
  async visits(): Promise<StoredVisit[]> {
    const db = await this.open();
    return (await db.getAllFromIndex('visits', 'by-time')).reverse();
  }

  async visitsOf(refId: string): Promise<StoredVisit[]> {
    const db = await this.open();
    return db.getAllFromIndex('visits', 'by-ref', refId);
  }

  async note(refId: string): Promise<Note | null> {
    const db = await this.open();
    return (await db.get('notes', refId)) ?? null;
  }

  async notes(): Promise<Note[]> {
    const db = await this.open();
    return db.getAll('notes');
  }

  /** Saves a note; an empty text removes it (and returns null). */
  async setNote(refId: string, text: string, now: Date): Promise<Note | null> {
    const db = await this.open();
    const clean = cleanNote(text);
    if (clean === '') {
      await db.delete('notes', refId);
      return null;
    }
    const note: Note = { refId, text: clean, updated: now.toISOString() };
    await db.put('notes', note);
    return note;
  }

  /** Adds imported records in one transaction: all of them are written, or none. */
  async importRecords(records: {
    visits: readonly Visit[];
    notes: readonly Note[];
  }): Promise<{ visits: number; notes: number }> {
    const db = await this.open();
    const tx = db.transaction(['visits', 'notes'], 'readwrite');
    const visits = tx.objectStore('visits');
    const notes = tx.objectStore('notes');
    const plan = planMerge(await visits.getAll(), await notes.getAll(), records);
    for (const v of plan.addVisits) {
      const { url, title, pageDate, refId, refKind, text, time } = v;
      await visits.add({ url, title, pageDate, refId, refKind, text, time } as StoredVisit);
    }
    for (const n of plan.putNotes) await notes.put(n);
    await trimOldest(visits, this.cap);
    await tx.done;
    return { visits: plan.addVisits.length, notes: plan.putNotes.length };
  }

  /** Deletes every visit and every note. */
  async clear(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['visits', 'notes'], 'readwrite');
    await Promise.all([tx.objectStore('visits').clear(), tx.objectStore('notes').clear(), tx.done]);
  }
}
