import { Fragment } from 'preact';
import { knowledgeBase } from '../core/data';
import type { Settings } from '../core/settings';
import { Toggle } from '../ui/Toggle';
import { formatDate } from '../ui/format';
import { t, type Lang } from '../ui/i18n';

/**
 * The keys: next/previous are the browser's extension commands (rebindable there), Escape is
 * the page's own; and whether next/previous skip the debate terms.
 */
export function ShortcutsSection({
  settings,
  change,
  lang,
}: {
  settings: Settings;
  change: (fn: (s: Settings) => Settings) => void;
  lang: Lang;
}) {
  const rows = [
    { keys: ['Alt', 'Shift', 'K'], what: t(lang, 'optionsShortcutNext') },
    { keys: ['Alt', 'Shift', 'J'], what: t(lang, 'optionsShortcutPrevious') },
    { keys: ['Esc'], what: t(lang, 'optionsShortcutClose') },
  ];
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t(lang, 'optionsShortcutsHeading')}</h2>
      <dl class="shortcuts">
        {rows.map((r) => (
          <div key={r.what} data-shortcut={r.keys.join('+')}>
            <dt>
              {r.keys.map((k, i) => (
                <Fragment key={k}>
                  {i > 0 && '+'}
                  <kbd>{k}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{r.what}</dd>
          </div>
        ))}
      </dl>
      <p class="note">{t(lang, 'optionsShortcutsNote')}</p>
      <Toggle
        action="step-documents-only"
        label={t(lang, 'optionsStepDocumentsOnly')}
        on={settings.stepDocumentsOnly}
        onChange={(on) => change((s) => ({ ...s, stepDocumentsOnly: on }))}
      />
    </section>
  );
}

/** How current the bundled data is, and how much of it there is. */
export function DataSection({ lang }: { lang: Lang }) {
  const { meta, documents, terms, positions } = knowledgeBase;
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t(lang, 'optionsDataHeading')}</h2>
      <p data-as-of={meta.asOf}>{t(lang, 'dataAsOf', formatDate(meta.asOf, lang))}</p>
      <p data-counts={`${documents.length},${terms.length},${positions.length}`}>
        {t(
          lang,
          'optionsDataCounts',
          String(documents.length),
          String(terms.length),
          String(positions.length),
        )}
      </p>
      <p class="note">{t(lang, 'optionsDataNote')}</p>
    </section>
  );
}
