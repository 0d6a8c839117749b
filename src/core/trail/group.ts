import type { RefKind } from '../detect/types';
import type { Note, StoredVisit } from './types';

/** One reference in the trail view: its visits newest first, and the user's note on it. */
export interface TrailReference {
  refId: string;
  /** Null for a reference known only from a note (imported, or noted with the trail off). */
  refKind: RefKind | null;
  text: string;
  visits: StoredVisit[];
  note: Note | null;
  /** The latest visit's time, or the note's when there is no visit. */
  latest: string;
}

/** Groups visits by reference, most recently seen reference first; notes without visits last. */
export function groupTrail(
  visits: readonly StoredVisit[],
  notes: readonly Note[],
): TrailReference[] {
  const noteOf = new Map(notes.map((n) => [n.refId, n]));
  const byRef = new Map<string, TrailReference>();
  const newestFirst = [...visits].sort((a, b) => b.time.localeCompare(a.time) || b.id - a.id);
  for (const v of newestFirst) {
    const seen = byRef.get(v.refId);
    if (seen) seen.visits.push(v);
    else {
      byRef.set(v.refId, {
        refId: v.refId,
        refKind: v.refKind,
        text: v.text,
        visits: [v],
        note: noteOf.get(v.refId) ?? null,
        latest: v.time,
      });
    }
  }
  const noteOnly = notes
    .filter((n) => !byRef.has(n.refId))
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .map((n): TrailReference => ({
      refId: n.refId,
      refKind: null,
      text: n.refId,
      visits: [],
      note: n,
      latest: n.updated,
    }));
  return [...byRef.values(), ...noteOnly];
}
