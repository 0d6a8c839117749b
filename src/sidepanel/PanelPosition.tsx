import { positionAt } from '../core/data/position';
import type { KnowledgeBase } from '../core/data/types';
import { DateField } from '../ui/DateField';
import { formatDate } from '../ui/format';
import { t, type Lang } from '../ui/i18n';
import { STANCE_LABEL } from '../ui/popover/stance';
import { SourceLink } from '../ui/SourceLink';

interface PanelPositionProps {
  kb: KnowledgeBase;
  /** The day asked about (YYYY-MM-DD). */
  date: string;
  onPick: (day: string) => void;
  /** Where the date came from, in words. */
  dateNote: string;
  lang: Lang;
}

/**
 * The cabinet's position at a date the reader can change from the keyboard, and the whole
 * timeline with the period in force marked. Changing the date re-renders this section only; the
 * date field keeps its focus and whatever the reader is typing.
 */
export function PanelPosition({ kb, date, onPick, dateNote, lang }: PanelPositionProps) {
  const at = positionAt(kb.positions, date);
  return (
    <section
      class="position"
      aria-labelledby="panel-position-heading"
      data-position-date={at.date}
      data-stance={at.stance}
      data-position-source={at.source ?? ''}
    >
      <h3 id="panel-position-heading">{t(lang, 'panelPositionHeading')}</h3>
      <p>
        <DateField
          id="panel-date"
          label={t(lang, 'pageDateLabel')}
          value={date}
          lang={lang}
          onPick={onPick}
        />{' '}
        <span class="muted">({dateNote})</span>
      </p>
      <p class="stance" aria-live="polite">
        <strong>{t(lang, STANCE_LABEL[at.stance])}</strong>
        {at.since && (
          <span class="muted"> · {t(lang, 'positionSince', formatDate(at.since, lang))}</span>
        )}
      </p>
      <p class="explanation">
        {at.entry ? at.entry.explanation[lang] : t(lang, 'positionNoneYet')}
      </p>
      {at.source && at.entry && (
        <p class="source">
          {t(lang, 'positionSource')}:{' '}
          <SourceLink
            source={at.source}
            publisher={at.entry.publisher}
            date={at.entry.date}
            lang={lang}
          />
        </p>
      )}
      <h4>{t(lang, 'positionTimeline')}</h4>
      <ol class="timeline">
        {kb.positions.map((p) => (
          <li key={p.date} aria-current={p === at.entry ? 'true' : undefined}>
            <span class="when">{formatDate(p.date, lang)}</span>{' '}
            <span class="what">{t(lang, STANCE_LABEL[p.stance])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
