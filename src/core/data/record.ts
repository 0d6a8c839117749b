/**
 * The record beside the position timeline: each statement of the cabinet's stance and each motion
 * of parliament, in date order (FACTS.md: "Parliament's motions are events, not cabinet
 * positions; show them beside the timeline").
 */
import { dateRange } from './dates';
import { motionDate, motionOutcome, cabinetResponseId } from './motions';
import type { DocumentEntry, KnowledgeBase, MotionOutcome, PositionEntry } from './types';

export interface PositionRow {
  kind: 'position';
  /** YYYY-MM-DD. */
  date: string;
  entry: PositionEntry;
  /** False where the entry restates the stance of the one before (same period). */
  changed: boolean;
}

export interface MotionRow {
  kind: 'motion';
  /** The vote's date where known, else the day the motion was submitted (YYYY[-MM[-DD]]). */
  date: string;
  doc: DocumentEntry;
  outcome: MotionOutcome;
  /** Canonical id (or report URL) of the cabinet's answer, where it answered. */
  response?: string;
}

export type RecordRow = PositionRow | MotionRow;

/**
 * Every position entry and every motion with a known date, oldest first; on the same day a
 * motion comes before the cabinet's statement (a vote precedes the answer to it).
 */
export function recordRows(kb: Pick<KnowledgeBase, 'positions' | 'documents'>): RecordRow[] {
  const positions: RecordRow[] = kb.positions.map((entry, i) => ({
    kind: 'position',
    date: entry.date,
    entry,
    changed: i === 0 || kb.positions[i - 1]?.stance !== entry.stance,
  }));
  const motions: RecordRow[] = [];
  for (const doc of kb.documents) {
    if (doc.docType !== 'motie') continue;
    const date = motionDate(doc);
    if (date === undefined) continue;
    const row: MotionRow = { kind: 'motion', date, doc, outcome: motionOutcome(doc) };
    const response = cabinetResponseId(doc);
    if (response !== undefined) row.response = response;
    motions.push(row);
  }
  const key = (r: RecordRow) => `${dateRange(r.date)[0]} ${r.kind === 'motion' ? 0 : 1}`;
  return [...motions, ...positions].sort((a, b) => key(a).localeCompare(key(b)));
}
