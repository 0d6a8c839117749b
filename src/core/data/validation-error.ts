/** One problem in a data file: where (file and JSON Pointer path) and what. */
export interface ValidationError {
  /** The data file, e.g. "data/terms.json". */
  file: string;
  /** JSON Pointer into the file, e.g. "/terms/12/definition/en" ("" is the whole file). */
  path: string;
  message: string;
}

/** "data/terms.json: /terms/12/definition/en: must be non-empty". */
export function formatValidationError(error: ValidationError): string {
  return `${error.file}: ${error.path || '/'}: ${error.message}`;
}
