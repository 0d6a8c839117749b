import { REF_KINDS, type RefKind } from '../core/detect/types';
import type { PageDateSource } from '../core/messages';
import type { MessageKey } from './i18n';

/** The order kinds are listed in, documents before terms. */
export const KIND_ORDER: readonly RefKind[] = REF_KINDS;

export const KIND_SINGULAR: Record<RefKind, MessageKey> = {
  kamerstuk: 'kindKamerstuk',
  handelingen: 'kindHandelingen',
  aanhangsel: 'kindAanhangsel',
  dossier: 'kindDossier',
  motie: 'kindMotie',
  'eu-act': 'kindEuAct',
  staatsblad: 'kindStaatsblad',
  staatscourant: 'kindStaatscourant',
  tractatenblad: 'kindTractatenblad',
  term: 'kindTerm',
};

export const KIND_PLURAL: Record<RefKind, MessageKey> = {
  kamerstuk: 'kindsKamerstuk',
  handelingen: 'kindsHandelingen',
  aanhangsel: 'kindsAanhangsel',
  dossier: 'kindsDossier',
  motie: 'kindsMotie',
  'eu-act': 'kindsEuAct',
  staatsblad: 'kindsStaatsblad',
  staatscourant: 'kindsStaatscourant',
  tractatenblad: 'kindsTractatenblad',
  term: 'kindsTerm',
};

/** How the page's date was found, in words; meta-data sources read as "publication date". */
export function dateSourceLabel(source: PageDateSource): MessageKey {
  switch (source) {
    case 'DCTERMS.issued':
    case 'OVERHEIDop.datumOndertekening':
      return 'dateSourceDocument';
    case 'time':
      return 'dateSourceTime';
    case 'page-text':
      return 'dateSourceDocumentText';
    case 'url':
      return 'dateSourceUrl';
    case 'today':
      return 'dateSourceToday';
    case 'user':
      return 'dateSourceUser';
    default:
      return 'dateSourcePublished';
  }
}
