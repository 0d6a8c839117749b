import type { Plugin } from 'vite';
import type { Lexicon } from '../core/detect/types';

const ID = 'virtual:kamerlens-lexicon';
const RESOLVED = '\0' + ID;

/**
 * Serves the detector's lexicon (term variants, dossier titles, motion names) as a small module,
 * projected from the data at build time: the content script ships this, not the full data.
 */
export function lexiconPlugin(makeLexicon: () => Lexicon): Plugin {
  return {
    name: 'kamerlens-lexicon',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(makeLexicon())};` : null),
  };
}
