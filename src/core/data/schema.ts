/**
 * JSON Schema validation of the data files with Ajv (a maintained JSON Schema validator). Ajv
 * compiles schemas to functions with `new Function`, which an MV3 extension page may not run:
 * this module is for tests and the build only, never for extension code.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import common from '../../../data/schema/common.schema.json';
import meta from '../../../data/schema/meta.schema.json';
import dossiers from '../../../data/schema/dossiers.schema.json';
import documents from '../../../data/schema/documents.schema.json';
import terms from '../../../data/schema/terms.schema.json';
import positions from '../../../data/schema/positions.schema.json';
import events from '../../../data/schema/events.schema.json';
import type { DataFileKey } from './files';
import type { ValidationError } from './validation-error';

const SCHEMAS: Readonly<Record<DataFileKey, object>> = {
  meta,
  dossiers,
  documents,
  terms,
  positions,
  events,
};

let compiled: Map<DataFileKey, ValidateFunction> | undefined;

// Compiled once, on first use, so importing this module costs nothing.
function validators(): Map<DataFileKey, ValidateFunction> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, schemas: [common] });
    compiled = new Map(
      (Object.entries(SCHEMAS) as [DataFileKey, object][]).map(([key, schema]) => [
        key,
        ajv.compile(schema),
      ]),
    );
  }
  return compiled;
}

/** Schema errors of one data file, with JSON Pointer paths that name the offending property. */
export function schemaErrors(key: DataFileKey, file: string, json: unknown): ValidationError[] {
  const validate = validators().get(key);
  if (!validate || validate(json)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? [])
    .map((e) => toError(file, e))
    .filter((e) => {
      const k = `${e.path}\n${e.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
}

function toError(file: string, e: ErrorObject): ValidationError {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    return {
      file,
      path: `${e.instancePath}/${String(params['missingProperty'])}`,
      message: 'is required',
    };
  }
  if (e.keyword === 'additionalProperties') {
    return {
      file,
      path: `${e.instancePath}/${String(params['additionalProperty'])}`,
      message: 'is not an allowed property',
    };
  }
  return { file, path: e.instancePath, message: e.message ?? e.keyword };
}
