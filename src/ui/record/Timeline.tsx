import { cabinetAnswer } from '../../core/data/motions';
import { recordRows, type MotionRow, type PositionRow } from '../../core/data/record';
import type { KnowledgeBase } from '../../core/data/types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { STANCE_LABEL } from '../popover/stance';
import { OUTCOME_LABEL } from './labels';
import { SourceRef } from './SourceRef';
import { StatusBadge } from './StatusBadge';

export interface TimelineProps {
  kb: Pick<KnowledgeBase, 'positions' | 'documents'>;
  lang: Lang;
  /** The date of the position entry in force, marked `aria-current` (from `positionAt(…).entry`). */
  currentEntryDate?: string | undefined;
}

/**
 * The cabinet's position over time with parliament's motions beside it: per entry the date, the
 * stance (or that it was restated), one line on what changed and its source; per motion its
 * outcome and the cabinet's answer.
 */
export function Timeline({ kb, lang, currentEntryDate }: TimelineProps) {
  return (
    <ol class="rec-timeline">
      {recordRows(kb).map((row) =>
        row.kind === 'position' ? (
          <PositionItem
            key={`p-${row.date}`}
            row={row}
            kb={kb}
            lang={lang}
            current={row.date === currentEntryDate}
          />
        ) : (
          <MotionItem key={`m-${row.doc.id}`} row={row} kb={kb} lang={lang} />
        ),
      )}
    </ol>
  );
}

function PositionItem({
  row,
  kb,
  lang,
  current,
}: {
  row: PositionRow;
  kb: TimelineProps['kb'];
  lang: Lang;
  current: boolean;
}) {
  const { entry } = row;
  return (
    <li
      class="rec-row rec-row-position"
      data-date={row.date}
      data-stance={entry.stance}
      aria-current={current ? 'true' : undefined}
    >
      {/* An approximate entry shows only as much date as its source gives ("september 2022"). */}
      <span class="when">
        {formatDate(entry.approximate ? (entry.stated ?? row.date) : row.date, lang)}
      </span>{' '}
      <strong class="what">
        {row.changed ? t(lang, STANCE_LABEL[entry.stance]) : t(lang, 'timelineRestated')}
      </strong>
      <StatusBadge status={entry.status} lang={lang} />
      <span class="rec-line"> {entry.explanation[lang]}</span>
      {entry.source && (
        <span class="rec-row-source">
          {' '}
          <SourceRef
            source={entry.source}
            kb={kb}
            publisher={entry.publisher}
            date={entry.stated}
            lang={lang}
          />
        </span>
      )}
    </li>
  );
}

function MotionItem({ row, kb, lang }: { row: MotionRow; kb: TimelineProps['kb']; lang: Lang }) {
  const answer = cabinetAnswer(row.doc);
  return (
    <li
      class="rec-row rec-row-motion"
      data-date={row.date}
      data-motion-id={row.doc.id}
      data-motion-outcome={row.outcome}
    >
      <span class="when">{formatDate(row.date, lang)}</span>{' '}
      <span class="rec-kind">{t(lang, 'kindMotie')}</span>{' '}
      <span class="rec-line">
        {row.doc.title[lang]}: {t(lang, OUTCOME_LABEL[row.outcome])}.
      </span>
      {answer && (
        <span class="rec-row-source">
          {' '}
          {t(lang, 'motionResponse')}:{' '}
          <SourceRef
            source={answer.id}
            kb={kb}
            publisher={answer.publisher}
            date={answer.date}
            lang={lang}
          />
        </span>
      )}
    </li>
  );
}
