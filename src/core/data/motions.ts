/**
 * Motions and what became of them: which motion a name means at a date, its outcome, and the
 * cabinet's answer (CONTRACT §3 "--date D … also for resolving a motion named without a number",
 * §4 `data-motion-outcome`, `data-cabinet-response`).
 */
import { dateRange, isFullDate } from './dates';
import { idKind, motionSlugId } from './ids';
import type { DocumentEntry, KnowledgeBase, MotionOutcome, Source } from './types';

/** The first day a motion existed: submitted, else its document date, else its vote. */
export function motionFirstDay(doc: DocumentEntry): string | undefined {
  const first = doc.motion?.submitted ?? doc.date ?? doc.motion?.vote?.date ?? doc.adopted;
  return first === undefined ? undefined : dateRange(first)[0];
}

/**
 * The motions a `motie-{slug}` id can mean on `date` (YYYY-MM-DD): those whose submitters give
 * that slug and that existed by then, oldest first. For any other id, the document itself when it
 * is a motion. Throws RangeError for a date that is not YYYY-MM-DD.
 */
export function motionsNamedAt(
  kb: Pick<KnowledgeBase, 'documents'>,
  id: string,
  date: string,
): DocumentEntry[] {
  if (!isFullDate(date)) throw new RangeError(`motionsNamedAt: "${date}" is not YYYY-MM-DD`);
  if (idKind(id) !== 'motie') {
    return kb.documents.filter((d) => d.id === id && d.docType === 'motie');
  }
  return kb.documents
    .filter((d) => d.docType === 'motie' && motionSlugId(d.submitters ?? []) === id)
    .filter((d) => {
      const first = motionFirstDay(d);
      return first !== undefined && first <= date;
    })
    .sort((a, b) => (motionFirstDay(a) ?? '').localeCompare(motionFirstDay(b) ?? ''));
}

/**
 * The id a motion reference means on `date`: a name without number (`motie-{slug}`) becomes the
 * one motion of that name that existed then ("motie-Kathmann c.s." on 2024-10-20 →
 * `kst-32317-891`); where none or several remain, and for every other id, `id` unchanged.
 */
export function resolveMotionAt(
  kb: Pick<KnowledgeBase, 'documents'>,
  id: string,
  date: string,
): string {
  if (idKind(id) !== 'motie') return id;
  const named = motionsNamedAt(kb, id, date);
  return named.length === 1 && named[0] ? named[0].id : id;
}

/** CONTRACT §4 outcome of a motion document; `unknown` where the data records none. */
export function motionOutcome(doc: DocumentEntry): MotionOutcome {
  return doc.motion?.outcome ?? 'unknown';
}

/** The cabinet's answer to a motion, as one reference. */
export interface CabinetAnswer {
  /** Canonical id of the answer, or the address of the public report it is known from. */
  id: string;
  /** The report's publisher when `id` is an address. */
  publisher?: string;
  /** The answer's date (YYYY[-MM[-DD]]), where known. */
  date?: string;
}

/**
 * The cabinet's answer to a motion: the canonical id of its letter, or, where the answer is known
 * only from a public report, that report's address (as a position `source`, CONTRACT §3).
 * Undefined where the cabinet has not answered.
 */
export function cabinetAnswer(doc: DocumentEntry): CabinetAnswer | undefined {
  const response = doc.motion?.response;
  if (!response) return undefined;
  const report = response.sources.find(isPublic);
  const answer: CabinetAnswer | undefined = response.document
    ? { id: response.document }
    : report && { id: report.url, publisher: report.publisher };
  if (answer && response.date !== undefined) answer.date = response.date;
  return answer;
}

/** CONTRACT §4 `data-cabinet-response`: the id of `cabinetAnswer`, or undefined. */
export function cabinetResponseId(doc: DocumentEntry): string | undefined {
  return cabinetAnswer(doc)?.id;
}

function isPublic(s: Source): s is Extract<Source, { url: string }> {
  return 'url' in s;
}
