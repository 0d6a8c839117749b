/**
 * The canonical identifier grammar of CONTRACT §2, one pattern per kind. The validator and the
 * link and citation helpers all read ids through these, so a change to the grammar is made here.
 */

export type IdKind =
  | 'kamerstuk'
  | 'handelingen'
  | 'aanhangsel'
  | 'dossier'
  | 'motie'
  | 'eu-act'
  | 'staatsblad'
  | 'staatscourant'
  | 'tractatenblad'
  | 'term'
  | 'event';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Dossier number with an optional roman, letter or number suffix ("36200-VI", "21501-33"). */
const DOSSIER = '(\\d+)(?:-([0-9A-Z]+))?';

export const ID_PATTERNS: Readonly<Record<IdKind, RegExp>> = {
  // The nr is digits, or letters for Eerste Kamer papers ("kst-36244-C").
  kamerstuk: new RegExp(`^kst-${DOSSIER}-(\\d+|[A-Z]{1,3})$`),
  handelingen: /^h-(tk|ek)-(\d{4})(\d{4})-(\d+)-(\d+)$/,
  aanhangsel: /^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$/,
  dossier: new RegExp(`^dossier-${DOSSIER}$`),
  motie: new RegExp(`^motie-${SLUG}$`),
  // Sector, year, type letters, number, optional corrigendum: 32021R1232, 52022PC0209.
  'eu-act': /^celex-([0-9CE])(\d{4})([A-Z]{1,2})(\d{4})(?:\(\d{2}\))?$/,
  // Staatsblad, Staatscourant, Tractatenblad: year and number, as on officielebekendmakingen.
  staatsblad: /^stb-(\d{4})-(\d+)$/,
  staatscourant: /^stcrt-(\d{4})-(\d+)$/,
  tractatenblad: /^trb-(\d{4})-(\d+)$/,
  term: new RegExp(`^term-${SLUG}$`),
  // Not in the CONTRACT: events are internal to the data set.
  event: new RegExp(`^ev-${SLUG}$`),
};

/** The kind an id belongs to, or undefined when it fits no pattern. */
export function idKind(id: string): IdKind | undefined {
  for (const [kind, pattern] of Object.entries(ID_PATTERNS) as [IdKind, RegExp][]) {
    if (pattern.test(id) && vergaderjaarIsConsecutive(kind, id)) return kind;
  }
  return undefined;
}

// "20222023" is a vergaderjaar, "20222024" is not.
function vergaderjaarIsConsecutive(kind: IdKind, id: string): boolean {
  if (kind !== 'handelingen' && kind !== 'aanhangsel') return true;
  const m = ID_PATTERNS[kind].exec(id);
  return m !== null && Number(m[3]) === Number(m[2]) + 1;
}

export interface KamerstukParts {
  dossier: string;
  suffix: string | undefined;
  nr: string;
}

export function parseKamerstuk(id: string): KamerstukParts | undefined {
  const m = ID_PATTERNS.kamerstuk.exec(id);
  if (!m || m[1] === undefined || m[3] === undefined) return undefined;
  return { dossier: m[1], suffix: m[2], nr: m[3] };
}

/** The dossier key of a Kamerstuk id as used in `data/dossiers.json` ("21501-33"). */
export function dossierKeyOf(id: string): string | undefined {
  const parts = parseKamerstuk(id);
  return parts ? dossierKey(parts) : undefined;
}

/** The dossier key of parsed Kamerstuk parts: the number, with its suffix after a hyphen. */
export function dossierKey({ dossier, suffix }: KamerstukParts): string {
  return suffix === undefined ? dossier : `${dossier}-${suffix}`;
}

export interface HandelingenParts {
  chamber: 'tk' | 'ek';
  /** "2022-2023". */
  vergaderjaar: string;
  nr: string;
  /** Absent for the aanhangsel. */
  item?: string;
}

export function parseHandelingen(id: string): HandelingenParts | undefined {
  const kind = idKind(id);
  const m = kind === 'handelingen' || kind === 'aanhangsel' ? ID_PATTERNS[kind].exec(id) : null;
  if (!m || m[4] === undefined) return undefined;
  const parts: HandelingenParts = {
    chamber: m[1] === 'ek' ? 'ek' : 'tk',
    vergaderjaar: `${m[2]}-${m[3]}`,
    nr: m[4],
  };
  if (m[5] !== undefined) parts.item = m[5];
  return parts;
}

export { motionSlugId } from './motion-slug';
