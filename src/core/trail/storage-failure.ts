/**
 * Why reading or writing the research trail failed, in words the reader can act on. Each code has
 * a sentence (what happened, what to do) in the locale files as `storage_<code>` with `-` as `_`.
 *
 * - `blocked`: another Kamerlens page still holds an older version of the trail database open,
 *   so it cannot be upgraded (IndexedDB `blocked` event; the open waits until that page closes).
 * - `newer-version`: the trail was written by a newer Kamerlens (IndexedDB `VersionError`).
 * - `quota`: no room left (`QuotaExceededError`).
 * - `aborted`: the browser broke the transaction off (`AbortError`, also what idb reports when a
 *   transaction aborts without its own error).
 * - `closing`: the database connection was closing, as during an update (`InvalidStateError`,
 *   `TransactionInactiveError`).
 * - `unavailable`: the browser refuses site storage or it is damaged (`UnknownError`,
 *   `SecurityError`, `InvalidAccessError`, `NotAllowedError`, `DataError` on open, no IndexedDB).
 * - `no-background`: an extension page could not reach the background worker.
 * - `unknown`: anything else.
 *
 * Names from the IndexedDB specification, https://w3c.github.io/IndexedDB/#exceptions, and
 * WebIDL's DOMException names, https://webidl.spec.whatwg.org/#idl-DOMException-error-names.
 */
export type StorageFailure =
  | 'blocked'
  | 'newer-version'
  | 'quota'
  | 'aborted'
  | 'closing'
  | 'unavailable'
  | 'no-background'
  | 'unknown';

export const STORAGE_FAILURES: readonly StorageFailure[] = [
  'blocked',
  'newer-version',
  'quota',
  'aborted',
  'closing',
  'unavailable',
  'no-background',
  'unknown',
];

/** The error name our own trail store throws when the database open is blocked. */
export const BLOCKED_ERROR_NAME = 'KamerlensTrailBlocked';

const BY_NAME: Record<string, StorageFailure> = {
  [BLOCKED_ERROR_NAME]: 'blocked',
  VersionError: 'newer-version',
  QuotaExceededError: 'quota',
  AbortError: 'aborted',
  InvalidStateError: 'closing',
  TransactionInactiveError: 'closing',
  UnknownError: 'unavailable',
  SecurityError: 'unavailable',
  InvalidAccessError: 'unavailable',
  NotAllowedError: 'unavailable',
};

/**
 * The failure code for an error thrown by the trail store (an Error or DOMException, read by its
 * `name`), or for the `error` string of a background reply (a code passed on as is; 'no-reply'
 * and the messaging errors of a missing receiver mean the background was not reached). Never
 * throws; anything unrecognised is 'unknown'.
 */
export function storageFailure(error: unknown): StorageFailure {
  if (typeof error === 'string') {
    if ((STORAGE_FAILURES as readonly string[]).includes(error)) return error as StorageFailure;
    if (error === 'no-reply' || /Receiving end does not exist|Could not establish/.test(error))
      return 'no-background';
    return BY_NAME[error.split(':')[0]?.trim() ?? ''] ?? 'unknown';
  }
  if (typeof error !== 'object' || error === null) return 'unknown';
  const name = (error as { name?: unknown }).name;
  if (typeof name === 'string' && name in BY_NAME) return BY_NAME[name] ?? 'unknown';
  // A QuotaExceededError may come wrapped as the transaction's error.
  const inner = (error as { error?: unknown }).error;
  if (inner && inner !== error) return storageFailure(inner);
  return 'unknown';
}
