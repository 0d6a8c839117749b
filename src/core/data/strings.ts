/**
 * Checks every string in a data file, whatever its place: the UI renders all of them as text, so
 * none may be blank or carry markup that a later change could be tempted to render as HTML.
 */
import type { ValidationError } from './validation-error';

// A tag ("<b>", "</p>", "<br/>"), a comment or doctype ("<!"), or a character entity ("&amp;").
const HTML_LIKE = /<\/?[a-z!][^<>]*>?|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

export function stringErrors(file: string, json: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const message = problemWith(value);
      if (message) errors.push({ file, path, message });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}/${i}`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, `${path}/${escapePointer(key)}`);
    }
  };
  walk(json, '');
  return errors;
}

function problemWith(s: string): string | undefined {
  if (s.trim() === '') return 'must be non-empty';
  if (s !== s.trim()) return 'must not start or end with whitespace';
  if (HTML_LIKE.test(s)) return 'must not contain HTML (tags or entities)';
  return undefined;
}

/** JSON Pointer escaping (RFC 6901). */
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
