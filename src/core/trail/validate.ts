import type { RefKind } from '../detect/types';
import { LIMITS, REF_KINDS, type Note, type Visit, type VisitInput } from './types';

/** Pure checks on anything that comes from outside: content-script messages and imported files. */

const REF_ID = /^[a-z]+(?:-[A-Za-z0-9]+)+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isRefId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.refId && REF_ID.test(value);
}

export function isRefKind(value: unknown): value is RefKind {
  return typeof value === 'string' && (REF_KINDS as readonly string[]).includes(value);
}

export function isDay(value: unknown): value is string {
  return typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(value));
}

export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

export function isPageUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > LIMITS.url) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/g;
// The same without tab and line feed, which a note keeps.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_NOTE = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Cuts to `max` UTF-16 units, never inside a surrogate pair. */
function bound(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, cut);
}

/** One line of text: runs of white space (line breaks too) become one space; control characters go. */
export function cleanLine(value: string, max: number): string {
  return bound(value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim(), max);
}

/** The field that is wrong, or null when the value is a valid visit report. */
export function visitInputProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'entry';
  if (!isPageUrl(raw.url)) return 'url';
  if (typeof raw.title !== 'string') return 'title';
  if (raw.pageDate !== null && !isDay(raw.pageDate)) return 'pageDate';
  if (!isRefId(raw.refId)) return 'refId';
  if (!isRefKind(raw.refKind)) return 'refKind';
  if (typeof raw.text !== 'string') return 'text';
  return null;
}

/** A visit report as it will be stored: valid, trimmed, bounded. Null when invalid. */
export function toVisitInput(raw: unknown): VisitInput | null {
  return visitInputProblem(raw) === null ? cleanVisitInput(raw as VisitInput) : null;
}

/** Trims and bounds a visit report already found valid. */
function cleanVisitInput(r: VisitInput): VisitInput {
  return {
    url: r.url,
    title: cleanLine(r.title, LIMITS.title),
    pageDate: r.pageDate,
    refId: r.refId,
    refKind: r.refKind,
    text: cleanLine(r.text, LIMITS.text),
  };
}

export function visitProblem(raw: unknown): string | null {
  const base = visitInputProblem(raw);
  if (base !== null) return base;
  return isIsoTime((raw as Raw).time) ? null : 'time';
}

export function toVisit(raw: unknown): Visit | null {
  if (visitProblem(raw) !== null) return null;
  const r = raw as Visit;
  return { ...cleanVisitInput(r), time: r.time };
}

export function noteProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'note';
  if (!isRefId(raw.refId)) return 'refId';
  if (typeof raw.text !== 'string' || raw.text.length > LIMITS.note) return 'text';
  if (!isIsoTime(raw.updated)) return 'updated';
  return null;
}

/** A note's text as stored: line breaks and tabs kept, other control characters removed, bounded. */
export function cleanNote(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n');
  return bound(unified.replace(CONTROL_IN_NOTE, '').trim(), LIMITS.note);
}

export function toNote(raw: unknown): Note | null {
  if (noteProblem(raw) !== null) return null;
  const r = raw as Note;
  return { refId: r.refId, text: cleanNote(r.text), updated: r.updated };
}
