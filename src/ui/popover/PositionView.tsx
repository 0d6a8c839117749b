import type { PositionAt } from '../../core/data/position';
import type { PositionEntry } from '../../core/data/types';
import type { PageDate } from '../../core/messages';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { dateSourceLabel } from '../kinds';
import { SourceLink } from '../SourceLink';
import { STANCE_LABEL } from './stance';

interface PositionViewProps {
  at: PositionAt;
  positions: readonly PositionEntry[];
  pageDate: PageDate;
  lang: Lang;
  onPickDate: (date: string) => void;
}

/** The cabinet's position at the page's date, where that date came from, and the timeline. */
export function PositionView({ at, positions, pageDate, lang, onPickDate }: PositionViewProps) {
  const entry = at.entry;
  const dateSource = t(lang, dateSourceLabel(pageDate.source));
  return (
    <section class="position" aria-labelledby="kamerlens-position-heading">
      <h3 id="kamerlens-position-heading">
        {t(lang, 'positionHeading', formatDate(pageDate.date, lang))}
      </h3>
      <p class="stance" data-stance-label={at.stance}>
        <strong>{t(lang, STANCE_LABEL[at.stance])}</strong>
        {at.since && (
          <span class="muted"> · {t(lang, 'positionSince', formatDate(at.since, lang))}</span>
        )}
        {entry?.approximate && <span class="muted"> ({t(lang, 'positionApproximate')})</span>}
        {entry?.status === 'inferred' && <span class="badge">{t(lang, 'statusInferred')}</span>}
      </p>
      <p class="explanation">{entry ? entry.explanation[lang] : t(lang, 'positionNoneYet')}</p>
      {at.source && (
        <p class="source">
          {t(lang, 'positionSource')}:{' '}
          <SourceLink
            source={at.source}
            publisher={entry?.publisher}
            date={entry?.date}
            lang={lang}
          />
        </p>
      )}
      {at.next && (
        <p class="next">
          {t(
            lang,
            'positionNext',
            formatDate(at.next.date, lang),
            t(lang, STANCE_LABEL[at.next.stance]),
          )}
        </p>
      )}
      <div class="date-pick">
        <label>
          {t(lang, 'pageDateLabel')}{' '}
          <input
            type="date"
            value={pageDate.date}
            min="2020-01-01"
            onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onPickDate(value);
            }}
          />
        </label>
        <span class="muted">{dateSource}</span>
      </div>
      <details class="timeline">
        <summary>{t(lang, 'positionTimeline')}</summary>
        <ol>
          {positions.map((p) => (
            <li key={p.date} aria-current={p === entry ? 'true' : undefined}>
              <span class="when">{formatDate(p.date, lang)}</span>{' '}
              <span class="what">{t(lang, STANCE_LABEL[p.stance])}</span>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
