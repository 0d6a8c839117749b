/**
 * Motions and what became of them: which motion a name means at a date, its outcome, and the
 * cabinet's answer (CONTRACT §3 "--date D … also for resolving a motion named without a number",
 * §4 `data-motion-outcome`, `data-cabinet-response`).
 */
import { dateRange, isFullDate } from './dates';
import { idKind, motionSlugId } from './ids';
import type { DocumentEntry, KnowledgeBase, MotionOutcome, Source } from './types';

/**
 * The motion's date as precisely as the data gives it (YYYY, YYYY-MM or YYYY-MM-DD): the vote's
 * date, else when it was submitted (its document date); undefined when neither is known. For display: a motion known
 * only by its month ("oktober 2023", 32 317, nr. 856) must not show an invented day.
 */
export function motionDate(doc: DocumentEntry): string | undefined {
  return doc.motion?.vote?.date ?? doc.motion?.submitted ?? doc.date ?? doc.adopted;
}

/**
 * The days (YYYY-MM-DD, each once, in date order) a page may name a motion by: submitted, voted
 * on, its document's date, adopted. Dates the data gives only as a month or year are left out, so
 * a named day never matches a guessed one.
 */
export function motionDays(doc: DocumentEntry): string[] {
  const days = [doc.motion?.submitted, doc.motion?.vote?.date, doc.date, doc.adopted];
  return [...new Set(days.filter((d): d is string => d !== undefined && isFullDate(d)))].sort();
}

/** The first day a motion existed: submitted, else its document date, else its vote. */
export function motionFirstDay(doc: DocumentEntry): string | undefined {
  const first = doc.motion?.submitted ?? doc.date ?? doc.motion?.vote?.date ?? doc.adopted;
  return first === undefined ? undefined : dateRange(first)[0];
}

/**
 * The motions a `motie-{slug}` id can mean on `date` (YYYY-MM-DD): those whose submitters give
 * that slug and that existed by then, oldest first. Before the first of them existed, that first
 * one: a later motion cannot be meant on an earlier page (FACTS.md: "motie-Kathmann c.s." on a
 * page dated before 2025-11-25 means 32 317, nr. 891, also before nr. 891 was submitted). For any
 * other id, the document itself when it is a motion. Throws RangeError for a date that is not
 * YYYY-MM-DD.
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
  const named = kb.documents
    .filter((d) => d.docType === 'motie' && motionSlugId(d.submitters ?? []) === id)
    .filter((d) => motionFirstDay(d) !== undefined)
    .sort((a, b) => (motionFirstDay(a) ?? '').localeCompare(motionFirstDay(b) ?? ''));
  const existing = named.filter((d) => (motionFirstDay(d) ?? '') <= date);
  return existing.length > 0 ? existing : named.slice(0, 1);
}

/**
 * The id a motion reference means on `date`: a name without number (`motie-{slug}`) becomes the
 * one motion of that name it can mean then (`motionsNamedAt`: "motie-Kathmann c.s." on 2024-10-20
 * → `kst-32317-891`); where several remain, or the data knows none, and for every other id, `id`
 * unchanged (the unresolved name, never one motion's own id).
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
