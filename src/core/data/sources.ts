/** Every source in the knowledge base, wherever it is cited (FACTS.md: every fact shows its source). */
import type { KnowledgeBase, Source } from './types';

/**
 * The sources of documents (with their motion's vote, advice and answer), events, terms and
 * dossiers, in file order. Position sources are ids or addresses, not `Source` objects.
 */
export function allSources(
  kb: Pick<KnowledgeBase, 'documents' | 'events' | 'terms' | 'dossiers'>,
): Source[] {
  return [
    ...kb.documents.flatMap((d) => [
      ...d.sources,
      ...(d.motion?.vote?.sources ?? []),
      ...(d.motion?.advice?.sources ?? []),
      ...(d.motion?.response?.sources ?? []),
    ]),
    ...kb.events.flatMap((e) => e.sources),
    ...kb.terms.flatMap((t) => t.sources),
    ...kb.dossiers.flatMap((d) => d.sources),
  ];
}

/**
 * True for an address that is a site's front page (path "/" and no query): such a source names
 * the site, not the item, and must say so (`siteOnly`).
 */
export function isFrontPage(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && u.search === '';
  } catch {
    return false;
  }
}
