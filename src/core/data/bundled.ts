/**
 * The knowledge base bundled with the extension, from `data/*.json`. The casts below trust the
 * files: `validateKnowledgeBase(bundledDataFiles)` runs in the unit tests and the build, so data
 * that does not fit these types never ships.
 */
import meta from '../../../data/meta.json';
import dossiers from '../../../data/dossiers.json';
import documents from '../../../data/documents.json';
import terms from '../../../data/terms.json';
import positions from '../../../data/positions.json';
import events from '../../../data/events.json';
import type { DataFiles } from './files';
import type { KnowledgeBase } from './types';

/** The parsed data files, for `validateKnowledgeBase`. */
export const bundledDataFiles: DataFiles = { meta, dossiers, documents, terms, positions, events };

// TypeScript widens JSON string literals to `string`, so the unions need a cast through unknown.
export const knowledgeBase: KnowledgeBase = {
  meta: meta as unknown as KnowledgeBase['meta'],
  dossiers: dossiers.dossiers as unknown as KnowledgeBase['dossiers'],
  documents: documents.documents as unknown as KnowledgeBase['documents'],
  terms: terms.terms as unknown as KnowledgeBase['terms'],
  positions: positions.positions as unknown as KnowledgeBase['positions'],
  events: events.events as unknown as KnowledgeBase['events'],
};
