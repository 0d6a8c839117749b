/** The small projection of the knowledge base the detector loads up front. */
import type { Lexicon } from '../detect/types';
import { dossierTitles, motions } from './lookup';
import { motionDays } from './motions';
import type { KnowledgeBase } from './types';

/**
 * Terms with their variants (and whether they need a page about the regulation), dossier titles
 * for letterheads, motions by submitter, and the ids of the bundled documents. A name that
 * belongs to two motions (Kathmann) appears twice, so the detector can see it is ambiguous; the
 * motions' days let it tell them apart where the page names one ("van 25 november 2025").
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
      return days.length > 0
        ? { id: m.id, names: [...m.names], days }
        : { id: m.id, names: [...m.names] };
    }),
    documents: kb.documents.map((d) => d.id),
  };
}
