import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import {
  exportFileName,
  MAX_IMPORT_BYTES,
  MAX_VISITS,
  parseTrailImport,
  trailToCsv,
  trailToJson,
  type ImportError,
} from '../core/trail';
import { downloadText } from '../platform/download';
import { t, type Lang } from '../ui/i18n';
import { Toggle } from '../ui/Toggle';
import { TrailList } from './TrailList';
import { loadTrail, trailStore, useTrail } from './use-trail';
import { StatusLine, type Status } from '../ui/StatusLine';
import { storageFailureText } from '../ui/storage-text';

interface Props {
  settings: Settings;
  change: (fn: (s: Settings) => Settings) => void;
  lang: Lang;
}

function importErrorText(lang: Lang, error: ImportError): string {
  switch (error.code) {
    case 'not-json':
      return t(lang, 'importNotJson');
    case 'wrong-format':
      return t(lang, 'importWrongFormat');
    case 'newer-version':
      return t(lang, 'importNewerVersion', String(error.version));
    case 'bad-visit':
      return t(lang, 'importBadVisit', String(error.index + 1), error.field);
    case 'bad-note':
      return t(lang, 'importBadNote', String(error.index + 1), error.field);
  }
}

/** The research trail: on/off, the list with notes, export, import and delete all. */
export function TrailSection({ settings, change, lang }: Props) {
  const [trail, reload] = useTrail();
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const exportAs = async (format: 'csv' | 'json') => {
    let data;
    try {
      data = await loadTrail();
    } catch (error) {
      setStatus({ kind: 'error', text: storageFailureText(lang, 'export', error) });
      return;
    }
    const { visits, notes } = data;
    const now = new Date();
    const name = exportFileName(format, now);
    if (format === 'csv') downloadText(name, trailToCsv(visits, notes), 'text/csv;charset=utf-8');
    else downloadText(name, trailToJson(visits, notes, now.toISOString()), 'application/json');
  };

  const importFile = async (file: File) => {
    // The size is known before reading: a huge file is refused without being loaded.
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: t(lang, 'importTooLarge') });
      return;
    }
    const parsed = parseTrailImport(await file.text());
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: importErrorText(lang, parsed.error) });
      return;
    }
    try {
      const added = await trailStore.importRecords(parsed);
      setStatus({
        kind: 'ok',
        text: t(lang, 'trailImported', String(added.visits), String(added.notes)),
      });
    } catch (error) {
      // One transaction: on failure nothing of the file was written.
      setStatus({ kind: 'error', text: storageFailureText(lang, 'import', error) });
    }
    await reload();
  };

  const deleteAll = async () => {
    dialog.current?.close();
    try {
      await trailStore.clear();
      setStatus({ kind: 'ok', text: t(lang, 'trailDeleted') });
    } catch (error) {
      // One transaction: on failure nothing was deleted.
      setStatus({ kind: 'error', text: storageFailureText(lang, 'delete', error) });
    }
    await reload();
  };

  return (
    <section aria-labelledby="trail-heading" class="trail-section">
      <h2 id="trail-heading">{t(lang, 'trailHeading')}</h2>
      <p>{t(lang, 'trailIntro')}</p>
      <Toggle
        action="toggle-trail"
        label={t(lang, 'trailToggle')}
        on={settings.trailEnabled}
        onChange={(on) => change((s) => ({ ...s, trailEnabled: on }))}
      />
      {!settings.trailEnabled && <p class="note">{t(lang, 'trailOffNote')}</p>}
      <Toggle
        action="toggle-trail-full-address"
        label={t(lang, 'trailFullAddress')}
        on={settings.trailFullAddress}
        onChange={(on) => change((s) => ({ ...s, trailFullAddress: on }))}
      />
      <p class="note">{t(lang, 'trailFullAddressNote')}</p>
      <p class="note" data-trail-cap={MAX_VISITS}>
        {t(lang, 'trailCapNote', MAX_VISITS.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'))}
      </p>
      <div class="actions" role="group" aria-label={t(lang, 'trailActions')}>
        <button
          type="button"
          class="button"
          data-action="export-csv"
          onClick={() => void exportAs('csv')}
        >
          {t(lang, 'trailExportCsv')}
        </button>
        <button
          type="button"
          class="button"
          data-action="export-json"
          onClick={() => void exportAs('json')}
        >
          {t(lang, 'trailExportJson')}
        </button>
        <button
          type="button"
          class="button"
          data-action="import-json"
          onClick={() => fileInput.current?.click()}
        >
          {t(lang, 'trailImport')}
        </button>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t(lang, 'trailImportFile')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
        <button
          type="button"
          class="button danger"
          data-action="delete-trail"
          onClick={() => dialog.current?.showModal()}
        >
          {t(lang, 'trailDelete')}
        </button>
      </div>
      <StatusLine status={status} scope="trail" />
      <dialog ref={dialog} class="confirm" aria-labelledby="delete-question">
        <p id="delete-question">{t(lang, 'trailDeleteQuestion')}</p>
        <div class="actions">
          <button
            type="button"
            class="button"
            data-action="cancel-delete"
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            {t(lang, 'trailDeleteCancel')}
          </button>
          <button
            type="button"
            class="button danger"
            data-action="confirm-delete"
            onClick={() => void deleteAll()}
          >
            {t(lang, 'trailDeleteConfirm')}
          </button>
        </div>
      </dialog>
      {trail.failed !== null && (
        <div class="trail-failed" data-trail-failed>
          <p role="alert" class="error">
            {storageFailureText(lang, 'list', trail.failed)}
          </p>
          <button
            type="button"
            class="button"
            data-action="retry-trail"
            onClick={() => void reload()}
          >
            {t(lang, 'storageRetry')}
          </button>
        </div>
      )}
      {trail.data && <TrailList data={trail.data} lang={lang} />}
    </section>
  );
}
