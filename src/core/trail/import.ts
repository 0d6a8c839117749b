import { TRAIL_EXPORT_FORMAT, TRAIL_EXPORT_VERSION, type Note, type Visit } from './types';
import { noteProblem, toNote, toVisit, visitProblem } from './validate';

/** Why an import was refused; the UI turns each into a sentence. Nothing is written on any of them. */
export type ImportError =
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-visit'; index: number; field: string }
  | { code: 'bad-note'; index: number; field: string };

export type ImportResult =
  { ok: true; visits: Visit[]; notes: Note[] } | { ok: false; error: ImportError };

/** Largest file accepted, in characters: far above any real trail, well below trouble. */
export const MAX_IMPORT_CHARS = 20_000_000;
/** The same bound in bytes, checked on the file's size before anything is read (UTF-8). */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS;

/**
 * A time from a file, no later than `now`: a note dated in the future (9999) would otherwise win
 * every later merge and never be replaced. ISO 8601 in, ISO 8601 out.
 */
export function clampToNow(iso: string, now: Date): string {
  return Date.parse(iso) > now.getTime() ? now.toISOString() : iso;
}

/**
 * Reads a JSON export (ours, version ≤ current). All-or-nothing: one bad record refuses the file.
 * Times later than `now` are set to `now` (`clampToNow`).
 */
export function parseTrailImport(text: string, now: Date = new Date()): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: { code: 'wrong-format' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: { code: 'wrong-format' } };
  }
  const d = data as Record<string, unknown>;
  if (d.format !== TRAIL_EXPORT_FORMAT || typeof d.version !== 'number') {
    return { ok: false, error: { code: 'wrong-format' } };
  }
  if (d.version > TRAIL_EXPORT_VERSION) {
    return { ok: false, error: { code: 'newer-version', version: d.version } };
  }
  if (!Number.isInteger(d.version) || d.version < 1) {
    return { ok: false, error: { code: 'wrong-format' } };
  }
  if (!Array.isArray(d.visits) || !Array.isArray(d.notes)) {
    return { ok: false, error: { code: 'wrong-format' } };
  }
  const visits: Visit[] = [];
  for (const [index, raw] of d.visits.entries()) {
    const visit = toVisit(raw);
    if (!visit) {
      return { ok: false, error: { code: 'bad-visit', index, field: visitProblem(raw) ?? '' } };
    }
    visits.push({ ...visit, time: clampToNow(visit.time, now) });
  }
  const notes: Note[] = [];
  for (const [index, raw] of d.notes.entries()) {
    const note = toNote(raw);
    if (!note)
      return { ok: false, error: { code: 'bad-note', index, field: noteProblem(raw) ?? '' } };
    notes.push({ ...note, updated: clampToNow(note.updated, now) });
  }
  return { ok: true, visits, notes };
}

export const visitKey = (v: Visit) => `${v.time}\n${v.refId}\n${v.url}`;

export interface MergePlan {
  /** Imported visits not already in the trail. */
  addVisits: Visit[];
  /** Imported notes on references without a note, or newer than the note kept. */
  putNotes: Note[];
}

/**
 * Import adds to what is there and never takes away: known visits are skipped, and of two notes
 * on one reference the more recently changed one is kept.
 */
export function planMerge(
  existingVisits: readonly Visit[],
  existingNotes: readonly Note[],
  imported: { visits: readonly Visit[]; notes: readonly Note[] },
): MergePlan {
  const seen = new Set(existingVisits.map(visitKey));
  const addVisits: Visit[] = [];
  for (const v of imported.visits) {
    const key = visitKey(v);
    if (seen.has(key)) continue;
    seen.add(key);
    addVisits.push(v);
  }
  const notes = new Map(existingNotes.map((n) => [n.refId, n]));
  const putNotes: Note[] = [];
  for (const n of imported.notes) {
    // An empty note is no note; importing one never deletes what the user wrote.
    if (n.text === '') continue;
    const kept = notes.get(n.refId);
    if (kept && Date.parse(kept.updated) >= Date.parse(n.updated)) continue;
    notes.set(n.refId, n);
    putNotes.push(n);
  }
  return { addVisits, putNotes: [...new Map(putNotes.map((n) => [n.refId, n])).values()] };
}
