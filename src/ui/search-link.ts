import { officialLink } from '../core/data/links';
import type { RefKind } from '../core/detect/types';

const OB_SEARCH = 'https://zoek.officielebekendmakingen.nl/resultaten';

/** Where a reader can read a reference: its official page, or a search for it. */
export interface ReadLink {
  url: string;
  /** True for a search on officielebekendmakingen (a named motion the data does not know). */
  search: boolean;
}

/**
 * The official page of a reference (core/data/links), or for a motion known only by its name
 * ("motie-Van Dijk c.s.") a full-text search for that name among the official publications.
 * Only a link: the extension itself requests nothing. Undefined for terms.
 */
export function readLink(ref: { id: string; kind: RefKind; text: string }): ReadLink | undefined {
  const url = officialLink(ref.id);
  if (url) return { url, search: false };
  if (ref.kind !== 'motie') return undefined;
  const words = ref.text.replace(/\s+/g, ' ').trim();
  const query = encodeURIComponent(`"${words}"`);
  return {
    url: `${OB_SEARCH}?q=(c.product-area==%22officielepublicaties%22)and(cql.textAndIndexes=${query})&zv=${encodeURIComponent(words)}`,
    search: true,
  };
}
