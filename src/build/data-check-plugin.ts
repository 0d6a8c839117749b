import type { Plugin } from 'vite';
import { bundledDataFiles } from '../core/data/bundled';
import { formatValidationError, validateKnowledgeBase } from '../core/data/validate';

/** Fails the build on a broken data file, naming the file and the JSON path of each error. */
export function dataCheckPlugin(): Plugin {
  return {
    name: 'kamerlens-data-check',
    buildStart() {
      const errors = validateKnowledgeBase(bundledDataFiles);
      if (errors.length > 0) {
        this.error(`data/ is invalid:\n${errors.map(formatValidationError).join('\n')}`);
      }
    },
  };
}
