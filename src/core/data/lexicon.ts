/** The small projection of the knowledge base the detector loads up front. */
import type { Lexicon } from '../detect/types';
import { dossierTitles, motions } from './lookup';
import { motionDays, motionFirstDay } from './motions';
import type { KnowledgeBase } from './types';

/**
 * Terms with their variants (and whether they need a page about the regulation), dossier titles
 * for letterheads, motions by submitter, and the ids of the bundled documents. A name that
 * belongs to two motions (Kathmann) appears twice, so the detector can see it is ambiguous; the
 * motions' days let it tell them apart where the page names one ("van 25 november 2025"), and
 * their first day keeps a name on an earlier page from meaning them (detect/context.ts).
 */
export function toLexicon(kb: Pick<KnowledgeBase, 'terms' | 'dossiers' | 'documents'>): Lexicon {
  return {
    terms: kb.terms.map((t) =>
      t.needsContext === true
        ? { id: t.id, variants: [...t.variants], needsContext: true }
        : { id: t.id, variants: [...t.variants] },
    ),
    dossierTitles: dossierTitles(kb),
    motions: motions(kb).map((m) => {
      const doc = kb.documents.find((d) => d.id === m.id);
      const days = doc ? motionDays(doc) : [];
      const since = doc && motionFirstDay(doc);
      return {
        id: m.id,
        names: [...m.names],
        ...(days.length > 0 ? { days } : {}),
        ...(since !== undefined ? { since } : {}),
      };
    }),
    documents: kb.documents.map((d) => d.id),
  };
}
