import { storageFailure, type StorageFailure } from '../core/trail/storage-failure';
import { t, type Lang, type MessageKey } from './i18n';

/** What the reader was doing when the trail storage failed. */
export type StorageAction = 'list' | 'export' | 'delete' | 'import' | 'note' | 'note-load';

/** First sentence: what did not happen, and that nothing was lost. */
const ACTION: Record<StorageAction, MessageKey> = {
  list: 'storageListFailed',
  export: 'storageExportFailed',
  delete: 'storageDeleteFailed',
  import: 'storageImportFailed',
  note: 'storageNoteFailed',
  'note-load': 'storageNoteLoadFailed',
};

/** Second sentence: why, and what the reader can do about it. */
const CAUSE: Record<StorageFailure, MessageKey> = {
  blocked: 'storage_blocked',
  'newer-version': 'storage_newer_version',
  quota: 'storage_quota',
  aborted: 'storage_aborted',
  closing: 'storage_closing',
  unavailable: 'storage_unavailable',
  'no-background': 'storage_no_background',
  unknown: 'storage_unknown',
};

/** The browser's own words for an error we do not recognise, kept short. */
function detail(error: unknown): string {
  const text =
    typeof error === 'string'
      ? error
      : error instanceof Error || error instanceof DOMException
        ? `${error.name}: ${error.message}`
        : String(error);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/**
 * The sentence the options page shows when `action` failed with `error` (a thrown error, or the
 * `error` string of a background reply): what did not happen, why, and what to do. Never throws.
 */
export function storageFailureText(lang: Lang, action: StorageAction, error: unknown): string {
  const cause = storageFailure(error);
  return `${t(lang, ACTION[action])} ${t(lang, CAUSE[cause], detail(error))}`;
}
