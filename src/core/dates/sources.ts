/**
 * Every source, best first: CONTRACT §4's order, with each common variant placed right after the
 * contract's source of the same kind (a "publish-date" meta is another published-time tag, an
 * itemprop meta another schema.org datePublished, a bare "date" meta another DC.date). The user's
 * pick outranks the page; today is the last resort. PageDateSource is derived from this list, so
 * every source is ranked.
 */
export const SOURCE_ORDER = [
  'user',
  'article:published_time',
  'og:article:published_time',
  'meta:publish-date',
  'json-ld',
  'meta:datePublished',
  'DCTERMS.issued',
  'OVERHEIDop.datumOndertekening',
  'DC.date',
  'meta:date',
  'time',
  // A parliamentary paper's own date shown in its text (core/dates/in-page), on the parliament
  // sites only: after the contract's sources, before a date in the address.
  'page-text',
  'url',
  'today',
] as const;

/** Where the page's date came from, or the user's own pick. */
export type PageDateSource = (typeof SOURCE_ORDER)[number];

// Keys are lower case: sites write "DCTERMS.issued", "dcterms.issued" and "DC.Date" alike.
// Both `name` and `property` are accepted for each, as sites mix them up.
const BY_NAME_OR_PROPERTY = new Map<string, PageDateSource>([
  ['article:published_time', 'article:published_time'],
  ['og:article:published_time', 'og:article:published_time'],
  ['publish-date', 'meta:publish-date'],
  ['publish_date', 'meta:publish-date'],
  ['publication_date', 'meta:publish-date'],
  ['pubdate', 'meta:publish-date'],
  ['dcterms.issued', 'DCTERMS.issued'],
  ['dcterms:issued', 'DCTERMS.issued'],
  ['overheidop.datumondertekening', 'OVERHEIDop.datumOndertekening'],
  ['dc.date', 'DC.date'],
  ['dc.date.issued', 'DC.date'],
  ['date', 'meta:date'],
]);

/** The source a `<meta>` speaks for, from its name, property or itemprop; undefined if none. */
export function metaDateSource(
  attribute: 'name' | 'property' | 'itemprop',
  value: string,
): PageDateSource | undefined {
  const key = value.trim().toLowerCase();
  if (attribute === 'itemprop') return key === 'datepublished' ? 'meta:datePublished' : undefined;
  return BY_NAME_OR_PROPERTY.get(key);
}
