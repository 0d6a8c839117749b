/** The data files of the knowledge base, by key, with the paths errors are reported under. */
export type DataFileKey = 'meta' | 'dossiers' | 'documents' | 'terms' | 'positions' | 'events';

/** The parsed JSON of each data file, not yet trusted. */
export type DataFiles = Readonly<Record<DataFileKey, unknown>>;

export const DATA_FILE_KEYS: readonly DataFileKey[] = [
  'meta',
  'dossiers',
  'documents',
  'terms',
  'positions',
  'events',
];

/** Paths relative to the repository root; a build can read each with fs and pass the JSON in. */
export const DATA_FILE_NAMES: Readonly<Record<DataFileKey, string>> = {
  meta: 'data/meta.json',
  dossiers: 'data/dossiers.json',
  documents: 'data/documents.json',
  terms: 'data/terms.json',
  positions: 'data/positions.json',
  events: 'data/events.json',
};
