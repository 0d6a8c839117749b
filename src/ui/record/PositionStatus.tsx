import type { PositionAt } from '../../core/data/position';
import type { KnowledgeBase } from '../../core/data/types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { STANCE_LABEL } from '../popover/stance';
import { SourceRef } from './SourceRef';
import { StatusBadge } from './StatusBadge';

export interface PositionStatusProps {
  /** `positionAt(kb.positions, date)`. */
  at: PositionAt;
  kb: Pick<KnowledgeBase, 'documents' | 'events' | 'meta'>;
  lang: Lang;
}

/**
 * The cabinet's stance at a date (CONTRACT §3): since when it holds, what the latest statement of
 * it said and where; after the last statement in the data, that it is the latest known position
 * as of the date the data was checked.
 */
export function PositionStatus({ at, kb, lang }: PositionStatusProps) {
  const entry = at.entry;
  const event = entry?.event ? kb.events.find((e) => e.id === entry.event) : undefined;
  return (
    <div class="rec-position" data-stance-label={at.stance}>
      <p class="stance">
        <strong>{t(lang, STANCE_LABEL[at.stance])}</strong>
        {at.since && (
          <span class="muted"> · {t(lang, 'positionSince', formatDate(at.since, lang))}</span>
        )}
        {entry && <StatusBadge status={entry.status} lang={lang} />}
      </p>
      {at.beyondRecord && (
        <p class="rec-latest" data-latest-known="true">
          {t(lang, 'positionLatestKnown', formatDate(kb.meta.asOf, lang))}
        </p>
      )}
      <p class="explanation">{entry ? entry.explanation[lang] : t(lang, 'positionNoneYet')}</p>
      {entry && at.source && (
        <p class="source">
          {t(lang, 'positionLatestSource')}:{' '}
          <SourceRef
            source={at.source}
            kb={kb}
            publisher={entry.publisher}
            date={at.stated}
            lang={lang}
          />
          {entry.approximate && <span class="muted"> ({t(lang, 'positionApproximate')})</span>}
        </p>
      )}
      {entry && !at.source && event && (
        <p class="source">{t(lang, 'positionNoStatement', event.title[lang])}</p>
      )}
    </div>
  );
}
