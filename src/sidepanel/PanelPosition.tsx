import { positionAt } from '../core/data/position';
import type { KnowledgeBase } from '../core/data/types';
import { DateField } from '../ui/DateField';
import { t, type Lang } from '../ui/i18n';
import { PositionStatus } from '../ui/record/PositionStatus';
import { Timeline } from '../ui/record/Timeline';

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
 * The cabinet's position at a date the reader can change from the keyboard, and the whole record
 * with the period in force marked. The same record components as the card (src/ui/record/), so a
 * source is cited the same way in both: with its vergaderjaar ("Kamerstukken II 2024/25, 34 843,
 * nr. 113") and its own date. Changing the date re-renders this section only; the date field
 * keeps its focus and whatever the reader is typing. The section carries the position's data
 * attributes as the card does (CONTRACT §4).
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
      <div aria-live="polite">
        <PositionStatus at={at} kb={kb} lang={lang} />
      </div>
      <h4>{t(lang, 'motionsBesideTimeline')}</h4>
      <Timeline kb={kb} lang={lang} currentEntryDate={at.entry?.date} />
    </section>
  );
}
