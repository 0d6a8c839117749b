import type { PositionAt } from '../../core/data/position';
import type { KnowledgeBase } from '../../core/data/types';
import type { PageDate } from '../../core/messages';
import { DateField } from '../DateField';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { dateSourceLabel } from '../kinds';
import { PositionStatus } from '../record/PositionStatus';
import { Timeline } from '../record/Timeline';
import { STANCE_LABEL } from './stance';

interface PositionViewProps {
  at: PositionAt;
  kb: Pick<KnowledgeBase, 'positions' | 'documents' | 'events' | 'meta'>;
  pageDate: PageDate;
  lang: Lang;
  onPickDate: (date: string) => void;
}

/**
 * The cabinet's position at the page's date, where that date came from, and the record: the
 * timeline of positions with parliament's motions beside it.
 */
export function PositionView({ at, kb, pageDate, lang, onPickDate }: PositionViewProps) {
  const dateSource = t(lang, dateSourceLabel(pageDate.source));
  return (
    <section class="position" aria-labelledby="kamerlens-position-heading">
      <h3 id="kamerlens-position-heading">
        {t(lang, 'positionHeading', formatDate(pageDate.date, lang))}
      </h3>
      <PositionStatus at={at} kb={kb} lang={lang} />
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
        <DateField
          id="kamerlens-date"
          label={t(lang, 'pageDateLabel')}
          value={pageDate.date}
          lang={lang}
          onPick={onPickDate}
        />
        <span class="muted">{dateSource}</span>
      </div>
      <details class="timeline">
        <summary>{t(lang, 'motionsBesideTimeline')}</summary>
        <Timeline kb={kb} lang={lang} currentEntryDate={at.entry?.date} />
      </details>
    </section>
  );
}
