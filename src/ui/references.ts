import { formatCitation, vergaderjaarIn } from '../core/data/citation';
import { dossierKeyOf } from '../core/data/ids';
import { documentById, dossierTitle, termById } from '../core/data/lookup';
import { resolveMotionAt } from '../core/data/motions';
import type { KnowledgeBase } from '../core/data/types';
import type { RefKind } from '../core/detect/types';
import type { TabDetection } from '../core/messages';
import { documentKind } from './doc-types';
import type { Lang, MessageKey } from './i18n';

/** A reference as found on a page: its canonical id, kind and the words the page used. */
export interface FoundRef {
  id: string;
  kind: RefKind;
  text: string;
}

/**
 * The title a reader knows a reference by: the document's or term's title in `lang`, a
 * dossier's official title for a dossier, else undefined (a paper the data does not know).
 */
export function refTitle(kb: KnowledgeBase, ref: FoundRef, lang: Lang): string | undefined {
  if (ref.kind === 'term') return termById(kb, ref.id)?.label[lang];
  const doc = documentById(kb, ref.id);
  if (doc) return doc.title[lang];
  return ref.kind === 'dossier' ? dossierTitleOf(kb, ref) : undefined;
}

/**
 * The official title of the dossier a Kamerstuk or dossier reference belongs to, where the data
 * has it ("JBZ-Raad" for 32 317), so even a paper the data does not know says what it is about.
 */
export function dossierTitleOf(kb: KnowledgeBase, ref: FoundRef): string | undefined {
  const dossier = ref.id.startsWith('dossier-')
    ? ref.id.slice('dossier-'.length)
    : dossierKeyOf(ref.id);
  return dossier === undefined ? undefined : dossierTitle(kb, dossier);
}

/**
 * The official citation of a reference where it has one (documents only), else undefined. A
 * Kamerstuk the data does not know keeps the vergaderjaar the page gave ("Kamerstukken II
 * 2023/24, 36 410 VI, nr. 12"), rather than dropping to "Kamerstuk 36 410 VI, nr. 12".
 */
export function refCitation(kb: KnowledgeBase, ref: FoundRef): string | undefined {
  if (ref.kind === 'term') return undefined;
  const doc = documentById(kb, ref.id);
  if (doc || ref.kind !== 'kamerstuk') return formatCitation(ref.id, doc);
  const vergaderjaar = vergaderjaarIn(ref.text);
  return formatCitation(ref.id, vergaderjaar ? { vergaderjaar } : undefined);
}

/** The side panel's groups, in their order. */
export const PANEL_GROUPS = ['documents', 'motions', 'eu-acts', 'terms'] as const;
export type PanelGroup = (typeof PANEL_GROUPS)[number];

export const PANEL_GROUP_LABEL: Record<PanelGroup, MessageKey> = {
  documents: 'panelGroupDocuments',
  motions: 'panelGroupMotions',
  'eu-acts': 'panelGroupEuActs',
  terms: 'panelGroupTerms',
};

/**
 * The group a reference is listed under: motions are motions however they were cited (by
 * submitters or as a Kamerstuk the data knows as a motion), terms and EU acts apart, every other
 * paper a document.
 */
export function panelGroup(kb: KnowledgeBase, ref: FoundRef): PanelGroup {
  if (ref.kind === 'term') return 'terms';
  if (ref.kind === 'eu-act') return 'eu-acts';
  if (documentKind(kb, ref) === 'motie') return 'motions';
  return 'documents';
}

/**
 * A tab's references as the card reads them at the page's date (YYYY-MM-DD): a motion named
 * without number that the data resolves then (`resolveMotionAt`, CONTRACT §3) is merged into the
 * entry of that numbered paper when the page also cites it by number, so one paper is listed
 * once ("motie-Kathmann c.s." and "Kamerstuk 32 317, nr. 891"); its occurrences are added up.
 * A name with no numbered entry on the page stays as detected (marks on the page carry that id).
 * With `aboutRegulation` false (TabState) no name is read as a motion of the debate. Returns a new list in the original order; the input is not changed.
 */
export function mergeAtPageDate(
  kb: KnowledgeBase,
  found: readonly TabDetection[],
  date: string,
  aboutRegulation = true,
): TabDetection[] {
  const byId = new Map(found.map((d) => [d.id, { ...d }]));
  // Off the regulation's pages a motion's name is not the debate's motion (TabState).
  if (!aboutRegulation) return [...byId.values()];
  for (const d of found) {
    if (d.kind !== 'motie') continue;
    const resolved = resolveMotionAt(kb, d.id, date);
    const numbered = resolved === d.id ? undefined : byId.get(resolved);
    if (!numbered) continue;
    numbered.count += d.count;
    byId.delete(d.id);
  }
  return [...byId.values()];
}

/**
 * The listed entry that stands for `id` at the page's date: the entry itself, else the numbered
 * paper a motion name resolves to (see `mergeAtPageDate`; not with `aboutRegulation` false);
 * null when neither is listed.
 */
export function listedFor<T extends { id: string }>(
  kb: KnowledgeBase,
  listed: readonly T[],
  id: string | null,
  date: string,
  aboutRegulation = true,
): T | null {
  if (id === null) return null;
  if (!aboutRegulation) return listed.find((d) => d.id === id) ?? null;
  const resolved = resolveMotionAt(kb, id, date);
  return listed.find((d) => d.id === id) ?? listed.find((d) => d.id === resolved) ?? null;
}

/** Whether a reference matches the reader's filter text: in its title, citation or the page's words. */
export function matchesFilter(haystack: readonly (string | undefined)[], filter: string): boolean {
  const wanted = fold(filter.trim());
  if (wanted === '') return true;
  return haystack.some((s) => s !== undefined && fold(s).includes(wanted));
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
