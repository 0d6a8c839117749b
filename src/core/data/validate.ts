/**
 * Validation of the whole knowledge base, for the unit tests and the build (a broken data file
 * must fail the build with its file and path). Not for extension code: it pulls in Ajv.
 */
import {
  checkIds,
  checkReferences,
  checkContextTerms,
  checkVariants,
  type CheckContext,
} from './check-refs';
import {
  checkMotionSteps,
  checkSiteSources,
  checkSourceDateAgreement,
  checkVergaderjaren,
} from './check-cite';
import { checkDates, checkQuoteLengths, checkSources } from './check-content';
import {
  checkMotions,
  checkPositionSources,
  checkReported,
  checkSourceDates,
} from './check-record';
import { DATA_FILE_KEYS, DATA_FILE_NAMES, type DataFileKey, type DataFiles } from './files';
import { schemaErrors } from './schema';
import { stringErrors } from './strings';
import type { KnowledgeBase } from './types';
import type { ValidationError } from './validation-error';

export { checkSeedQuotes } from './quotes';
export { DATA_FILE_KEYS, DATA_FILE_NAMES, type DataFileKey, type DataFiles } from './files';
export { formatValidationError, type ValidationError } from './validation-error';

/**
 * Every problem in the data files, or an empty list. `files` holds the parsed JSON of each file;
 * `names` the file names errors are reported under (default: "data/….json").
 *
 * The checks across files (ids, references, dates, sources) run only when every file fits its
 * schema, since they rely on the shapes the schema guarantees.
 */
export function validateKnowledgeBase(
  files: DataFiles,
  names: Readonly<Record<DataFileKey, string>> = DATA_FILE_NAMES,
): ValidationError[] {
  const schema = DATA_FILE_KEYS.flatMap((key) => schemaErrors(key, names[key], files[key]));
  const strings = DATA_FILE_KEYS.flatMap((key) => stringErrors(names[key], files[key]));
  if (schema.length > 0) return [...schema, ...strings];
  const context: CheckContext = { kb: asKnowledgeBase(files), names };
  return [
    ...strings,
    ...checkIds(context),
    ...checkVariants(context),
    ...checkContextTerms(context),
    ...checkReferences(context),
    ...checkDates(context),
    ...checkSources(context),
    ...checkQuoteLengths(context),
    ...checkPositionSources(context),
    ...checkSourceDates(context),
    ...checkReported(context),
    ...checkMotions(context),
    ...checkSiteSources(context),
    ...checkVergaderjaren(context),
    ...checkMotionSteps(context),
    ...checkSourceDateAgreement(context),
  ];
}

// Only called once the schemas have accepted every file.
function asKnowledgeBase(files: DataFiles): KnowledgeBase {
  const field = <T>(key: DataFileKey): T => (files[key] as Record<string, T>)[key] as T;
  return {
    meta: files.meta as KnowledgeBase['meta'],
    dossiers: field('dossiers'),
    documents: field('documents'),
    terms: field('terms'),
    positions: field('positions'),
    events: field('events'),
  };
}
