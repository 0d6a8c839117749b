import { startsWord } from './chars';
import { foldKey } from './fold';
import { DOSSIER, dossierId, SUFFIX } from './grammar';
import { escapeRegExp } from './trie';
import type { Lexicon } from './types';

// The letterhead that opens every officielebekendmakingen document: dossier number, dossier
// title, document number ("32 317 JBZ-Raad Nr. 986"). Found from its "Nr." by looking back for
// a known title and the dossier it belongs to; the titles come from the data. Markdown emphasis
// (`**34 843**`) may sit between the parts, as in saved or converted documents.

export interface Letterhead {
  start: number;
  dossier: string;
}

/** Finds the letterhead that ends just before `nrAt` (the position of "Nr."), or null. */
export type LetterheadFinder = (text: string, nrAt: number) => Letterhead | null;

function titleSource(title: string): string {
  return title.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

export function createLetterheadFinder(titles: Lexicon['dossierTitles']): LetterheadFinder | null {
  const dossiersByTitle = new Map<string, Set<string>>();
  for (const { dossier, title } of titles) {
    if (title.trim() === '') continue;
    const key = foldKey(title);
    const set = dossiersByTitle.get(key) ?? new Set<string>();
    set.add(dossier.toUpperCase());
    dossiersByTitle.set(key, set);
  }
  if (dossiersByTitle.size === 0) return null;
  const sorted = [...titles].filter((t) => t.title.trim() !== '');
  sorted.sort((a, b) => b.title.length - a.title.length);
  const alternation = [...new Set(sorted.map((t) => titleSource(t.title)))].join('|');
  const pattern = new RegExp(`${DOSSIER}(?:${SUFFIX})?[\\s*_]+(${alternation})[\\s*_]+$`);
  const reach = Math.max(...sorted.map((t) => t.title.length)) * 2 + 40;

  return (text, nrAt) => {
    const from = Math.max(0, nrAt - reach);
    const m = pattern.exec(text.slice(from, nrAt));
    const raw = m?.[1];
    const title = m?.[4];
    if (!m || raw === undefined || title === undefined) return null;
    const start = from + m.index;
    if (!startsWord(text, start)) return null;
    const dossier = dossierId(raw, m[2] ?? m[3]);
    return dossiersByTitle.get(foldKey(title))?.has(dossier) ? { start, dossier } : null;
  };
}
