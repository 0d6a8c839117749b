/** Lookups over the knowledge base: documents, terms, dossiers and motions. */
import type { DocumentEntry, KnowledgeBase, Term } from './types';

export function documentById(
  kb: Pick<KnowledgeBase, 'documents'>,
  id: string,
): DocumentEntry | undefined {
  return kb.documents.find((d) => d.id === id);
}

export function termById(kb: Pick<KnowledgeBase, 'terms'>, id: string): Term | undefined {
  return kb.terms.find((t) => t.id === id);
}

/** Official dossier titles, e.g. { dossier: "34843", title: "Seksuele intimidatie en geweld" }. */
export function dossierTitles(
  kb: Pick<KnowledgeBase, 'dossiers'>,
): { dossier: string; title: string }[] {
  return kb.dossiers.map(({ dossier, title }) => ({ dossier, title }));
}

export function dossierTitle(
  kb: Pick<KnowledgeBase, 'dossiers'>,
  dossier: string,
): string | undefined {
  return kb.dossiers.find((d) => d.dossier === dossier)?.title;
}

/** A motion the data knows, numbered (`kst-…`) or known only by its submitters (`motie-…`). */
export interface Motion {
  /** The Kamerstuk id, or `motie-{slug}` for adopted motions whose number is not known. */
  id: string;
  /** Submitters' surnames, e.g. ["Van Ginneken"]. */
  names: string[];
  /** Adoption date where known, else the document's date (YYYY[-MM[-DD]]). */
  date: string | undefined;
}

/** Every motion in the data, in the order of `data/documents.json`. */
export function motions(kb: Pick<KnowledgeBase, 'documents'>): Motion[] {
  return kb.documents
    .filter((d) => d.docType === 'motie')
    .map((d) => ({ id: d.id, names: d.submitters ?? [], date: d.adopted ?? d.date }));
}

/**
 * The motions a member submitted. Case, diacritics, hyphens and a trailing "c.s." do not matter
 * ("dekker abdulaziz c.s." finds "Dekker-Abdulaziz"). A name that fits several motions returns all
 * of them: the caller must not pick one by guessing.
 */
export function motionsByMember(kb: Pick<KnowledgeBase, 'documents'>, name: string): Motion[] {
  const wanted = normaliseName(name);
  if (wanted === '') return [];
  return motions(kb).filter((m) => m.names.some((n) => normaliseName(n) === wanted));
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*motie\b/, '')
    .replace(/\bc\.\s*s\.?\s*$/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}
