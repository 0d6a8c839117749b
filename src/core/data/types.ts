/**
 * The shape of the bundled knowledge base (`data/*.json`). The JSON Schemas in `data/schema/`
 * describe the same shapes for the validator; keep the two in step.
 */

/** A text in both UI languages. Both are required and non-empty. */
export interface Bilingual {
  nl: string;
  en: string;
}

/**
 * As in FACTS.md: checked in a primary or official source (`verified`), inferred, or reported by
 * secondary sources only (`reported`: shown with its source and as reported, never as settled).
 */
export type Status = 'verified' | 'inferred' | 'reported';

/** Stance codes of CONTRACT §3. */
export type Stance =
  'no-proposal' | 'support' | 'support-with-conditions' | 'undecided' | 'abstain' | 'oppose';

/** A seed file and short verbatim quotes (≤ 25 words each) from it. */
export interface SeedSource {
  seed: string;
  quotes: string[];
}

/** A public source outside the seeds, always with its address (FACTS.md: no address, no source). */
export interface PublicSource {
  publisher: string;
  url: string;
  title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /**
   * The address is the site (front page or a section), not the item: FACTS.md names only the
   * site. Its publisher then ends in "(site)", so the link says what it is.
   */
  siteOnly?: true;
}

export type Source = SeedSource | PublicSource;

/** Where a document known only from a citation is cited: the seed, the citing document, the words. */
export interface KnownFrom {
  seed: string;
  document?: string;
  quote: string;
}

/**
 * `motie` is a motion known by its submitters and day but not its number (id
 * `motie-{slug}-{YYYY-MM-DD}`); a page's "motie-… c.s." is resolved to it by the page's date.
 */
export type DocumentKind = 'kamerstuk' | 'handelingen' | 'aanhangsel' | 'eu-act' | 'motie';

export type DocType =
  | 'brief'
  | 'motie'
  | 'lijst van vragen en antwoorden'
  | 'BNC-fiche'
  | 'verslag'
  | 'stemmingen'
  | 'voorstel'
  | 'verordening'
  | 'richtlijn'
  | 'onbekend';

export interface DocumentEntry {
  /**
   * Canonical id (CONTRACT §2): `kst-32317-906`, `h-tk-20222023-78-23`, `celex-32021R1232`; a
   * motion without known number: its submitters' slug and its day, `motie-kathmann-2025-11-25`
   * (the bare `motie-kathmann` is the name as a page writes it, resolved by the page's date).
   */
  id: string;
  kind: DocumentKind;
  docType: DocType;
  /** Kamerstuk dossiers, the id's own dossier first (e.g. ["26643", "34843"]); empty for others. */
  dossiers: string[];
  /** Parliamentary year as "2024-2025"; absent where it is not known. */
  vergaderjaar?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: never more precise than the sources. */
  date?: string;
  sender?: string;
  /** Motions: the submitters' surnames as the House writes them (e.g. "Van Ginneken"). */
  submitters?: string[];
  /** Motions: when the House adopted it. */
  adopted?: string;
  /** Motions: what became of it (vote, the cabinet's answer), each step with its sources. */
  motion?: MotionRecord;
  title: Bilingual;
  summary: Bilingual;
  /** For documents known only from a citation; their summary says "Bekend uit …/Known from …". */
  knownFrom?: KnownFrom[];
  related?: string[];
  status: Status;
  sources: Source[];
}

/** CONTRACT §4 `data-motion-outcome`. */
export type MotionOutcome = 'adopted' | 'rejected' | 'withdrawn' | 'pending' | 'unknown';

/** Whether the cabinet carried out a motion, as its answer says. */
export type CarriedOut = 'yes' | 'no' | 'partly' | 'unknown';

/** A motion's lifecycle. Vote figures are given only where a source gives them. */
export interface MotionRecord {
  /** When it was submitted (YYYY[-MM[-DD]]), where known. */
  submitted?: string;
  outcome: MotionOutcome;
  vote?: {
    date: string;
    /** Canonical id of the Handelingen item of the vote (`h-tk-…`), where known. */
    handelingen?: string;
    votesFor?: number;
    votesAgainst?: number;
    status: Status;
    sources: Source[];
  };
  /** The cabinet's advice on the motion before the vote ("oordeel Kamer", "ontraden"). */
  advice?: { date?: string; text: Bilingual; status: Status; sources: Source[] };
  /** The cabinet's answer: its letter on carrying the motion out, and whether it did. */
  response?: {
    /** Canonical id of the answer, where it is a parliamentary document. */
    document?: string;
    date?: string;
    carriedOut: CarriedOut;
    text: Bilingual;
    status: Status;
    sources: Source[];
  };
}

export interface Dossier {
  /** Digits, with a suffix joined by "-" (e.g. "32317", "21501-33", "36200-VI"). */
  dossier: string;
  title: string;
  status: Status;
  sources: Source[];
}

export interface Term {
  /** `term-{slug}`. */
  id: string;
  label: Bilingual;
  /** Every spelling the detector matches, Dutch and English. */
  variants: string[];
  definition: Bilingual;
  related?: string[];
  /** Debate terms show the cabinet's position in popovers. */
  csamDebate: boolean;
  /**
   * A word with a general meaning besides the debate's ("voorzitterschap", "AIVD"): marked only on
   * pages about the regulation (a term without this flag, or a bundled document, on the page).
   */
  needsContext?: boolean;
  status: Status;
  sources: Source[];
}

/**
 * One statement of the cabinet's stance. Entries in a row with the same stance are one period
 * (CONTRACT §3): the first gives `since`, each later one a newer `source`.
 */
export interface PositionEntry {
  /** YYYY-MM-DD: the day the statement took effect (first possible day when approximate). */
  date: string;
  /** True where the sources give only a month or a lower bound. */
  approximate?: boolean;
  stance: Stance;
  /** What changed, in one line. */
  explanation: Bilingual;
  /**
   * Canonical document id, or the URL of a public report where no parliamentary document states
   * it. Never null: before the first entry there is no cabinet stance (CONTRACT §3 `no-proposal`).
   */
  source: string;
  /**
   * The source's own date: the entry's day itself, or for an `approximate` entry a month that
   * ends on or before it (a source never postdates the day it is cited for).
   */
  stated: string;
  /** Who published `source` when it is a URL. */
  publisher?: string;
  /** An event (`ev-…`) the statement answers, where there is one. */
  event?: string;
  status: Status;
}

export type EventType = 'motion' | 'eu' | 'nl';

export interface EventEntry {
  /** `ev-{slug}`. */
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  type: EventType;
  title: Bilingual;
  text: Bilingual;
  documents?: string[];
  status: Status;
  sources: Source[];
}

export interface Meta {
  schemaVersion: number;
  /** The date the data set describes the world as of (YYYY-MM-DD), shown in the UI. */
  asOf: string;
}

export interface KnowledgeBase {
  meta: Meta;
  dossiers: Dossier[];
  documents: DocumentEntry[];
  terms: Term[];
  positions: PositionEntry[];
  events: EventEntry[];
}
