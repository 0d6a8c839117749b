import { idKind } from '../../core/data/ids';
import { motionOutcome, motionsNamedAt, resolveMotionAt } from '../../core/data/motions';
import type { DocumentEntry, KnowledgeBase, MotionOutcome } from '../../core/data/types';

/** A motion reference read at the page's date. */
export interface MotionRef {
  /** The id the card is about: the one motion meant, else the id as detected. */
  id: string;
  /**
   * Set where a name the data knows is open on that date: several motions went by it (or none
   * yet), so the card must say so rather than pick one.
   */
  open?: { motions: DocumentEntry[]; outcome: MotionOutcome };
}

/**
 * A motion reference read at the page's date (YYYY-MM-DD, CONTRACT §3): a name without number
 * becomes the one motion of that name that existed then ("motie-Kathmann c.s." on 2024-10-20 →
 * `kst-32317-891`). Where several remain, or none existed yet, `open` lists them with the outcome
 * they share (`unknown` if they differ). Numbered ids and names the data does not know pass as is.
 */
export function motionAtPageDate(
  kb: Pick<KnowledgeBase, 'documents'>,
  id: string,
  date: string,
): MotionRef {
  const resolved = resolveMotionAt(kb, id, date);
  if (resolved !== id || idKind(id) !== 'motie') return { id: resolved };
  const everKnown = motionsNamedAt(kb, id, '2100-12-31').length > 0;
  if (!everKnown) return { id };
  const motions = motionsNamedAt(kb, id, date);
  const outcomes = [...new Set(motions.map(motionOutcome))];
  const outcome = outcomes.length === 1 && outcomes[0] ? outcomes[0] : 'unknown';
  return { id, open: { motions, outcome } };
}
