/** The kinds of reference Kamerlens recognises (CONTRACT §2), documents before terms. */
export const REF_KINDS = [
  'kamerstuk',
  'handelingen',
  'aanhangsel',
  'dossier',
  'motie',
  'eu-act',
  'staatsblad',
  'staatscourant',
  'tractatenblad',
  'term',
] as const;

export type RefKind = (typeof REF_KINDS)[number];

/** One recognised reference: UTF-16 offsets into the scanned string, and its canonical id. */
export interface Detection {
  start: number;
  end: number;
  text: string;
  kind: RefKind;
  id: string;
  /**
   * Only for a motion named without its number that the names resolved to a bundled motion: the
   * id the names alone give (`motie-{slug}`, CONTRACT §2). The page-level decision falls back to
   * it on a page not about the regulation or dated before that motion (see `context.ts`).
   */
  named?: string;
}

/**
 * What the detector needs to know from the bundled data. Kept small on purpose: the content
 * script loads it up front, while summaries and the timeline load only when a popover opens.
 */
export interface Lexicon {
  /**
   * Glossary terms: the canonical id (`term-…`), every spelling the detector should match, and
   * whether the term has a general meaning besides the debate's, so that it is kept only on pages
   * about the regulation (see `context.ts`).
   */
  terms: { id: string; variants: string[]; needsContext?: boolean }[];
  /** Dossier numbers (e.g. "32317", "36200-VI") with their official titles, for letterheads. */
  dossierTitles: { dossier: string; title: string }[];
  /**
   * Motions known by their submitters' names, e.g. { id: 'kst-26643-1011', names: ['Van
   * Ginneken'] }, with the days (YYYY-MM-DD) a page may name it by: submitted, voted on, dated;
   * and `since`, the first day it existed (YYYY-MM-DD; for a date known only by its month, the
   * month's first day).
   */
  motions: { id: string; names: string[]; days?: string[]; since?: string }[];
  /** Ids of the documents the data bundles: one on a page makes it about the regulation. */
  documents?: string[];
}

/** What the page-level decision needs (see `context.ts`). */
export interface PageContext {
  /** Terms kept only on pages about the regulation. */
  contextTerms: ReadonlySet<string>;
  /** Ids of the bundled documents and known motions: any of them makes a page about it. */
  documents: ReadonlySet<string>;
  /** Known motions' first days (YYYY-MM-DD) by id: a page dated earlier cannot mean them. */
  motionSince?: ReadonlyMap<string, string>;
}

/**
 * Finds the references in one block of text; `context` is what the page-level decision over all
 * blocks of a page needs (`keepInContext`, `isAboutRegulation`).
 */
export interface Detector {
  (text: string): Detection[];
  readonly context: PageContext;
}
