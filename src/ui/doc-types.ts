import { documentById } from '../core/data/lookup';
import type { DocType, KnowledgeBase } from '../core/data/types';
import type { RefKind } from '../core/detect/types';
import type { MessageKey } from './i18n';
import { KIND_SINGULAR } from './kinds';

/** What a document is, in the interface language ("brief" is a letter in English). */
export const DOC_TYPE_LABEL: Record<DocType, MessageKey> = {
  brief: 'docTypeBrief',
  motie: 'docTypeMotie',
  'lijst van vragen en antwoorden': 'docTypeVragen',
  'BNC-fiche': 'docTypeBnc',
  verslag: 'docTypeVerslag',
  stemmingen: 'docTypeStemmingen',
  voorstel: 'docTypeVoorstel',
  verordening: 'docTypeVerordening',
  richtlijn: 'docTypeRichtlijn',
  onbekend: 'kindKamerstuk',
};

/**
 * The one kind label of a reference, whichever way the page cited it: a motion cited as
 * "Kamerstuk 26 643, nr. 1011" and as "motie-Van Ginneken c.s." is a motion both times.
 */
export function kindLabel(kb: KnowledgeBase, ref: { id: string; kind: RefKind }): MessageKey {
  return KIND_SINGULAR[documentKind(kb, ref)];
}

/**
 * The kind a reference is shown and grouped as, from the data: a Kamerstuk the data knows as a
 * motion is a motion (card, side panel and popup alike); otherwise the kind as detected.
 */
export function documentKind(kb: KnowledgeBase, ref: { id: string; kind: RefKind }): RefKind {
  if (ref.kind === 'term') return 'term';
  return documentById(kb, ref.id)?.docType === 'motie' ? 'motie' : ref.kind;
}
