import { formatCitation } from '../../core/data/citation';
import { officialLink } from '../../core/data/links';
import { documentById, termById } from '../../core/data/lookup';
import { positionAt } from '../../core/data/position';
import type { KnowledgeBase } from '../../core/data/types';
import type { RefKind } from '../../core/detect';
import type { PageDate } from '../../core/messages';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { KIND_SINGULAR } from '../kinds';
import { DocumentBody, TermBody, UnknownBody } from './bodies';
import { PopoverNote } from './PopoverNote';
import { PositionView } from './PositionView';

export interface PopoverProps {
  refId: string;
  refKind: RefKind;
  text: string;
  lang: Lang;
  /** Dark pages get a dark popover. */
  dark: boolean;
  pageDate: PageDate;
  onPickDate: (date: string) => void;
  onClose: () => void;
  kb: KnowledgeBase;
}

const TITLE_ID = 'kamerlens-popover-title';

/**
 * The popover: a non-modal dialog about one reference. Documents and debate terms show the
 * cabinet's position at the page's date; the card carries it as data attributes (CONTRACT §4).
 */
export function Popover({
  refId,
  refKind,
  text,
  lang,
  dark,
  pageDate,
  onPickDate,
  onClose,
  kb,
}: PopoverProps) {
  const doc = refKind === 'term' ? undefined : documentById(kb, refId);
  const term = refKind === 'term' ? termById(kb, refId) : undefined;
  const citation = formatCitation(refId, doc) ?? null;
  const title = term?.label[lang] ?? doc?.title[lang] ?? citation ?? text;
  const showsPosition = term ? term.csamDebate : doc !== undefined;
  const at = showsPosition ? positionAt(kb.positions, pageDate.date) : null;
  const position = at && (
    <PositionView
      at={at}
      positions={kb.positions}
      pageDate={pageDate}
      lang={lang}
      onPickDate={onPickDate}
    />
  );

  return (
    <div
      class={dark ? 'card dark' : 'card'}
      role="dialog"
      tabIndex={-1}
      aria-labelledby={TITLE_ID}
      lang={lang}
      data-ref-id={refId}
      data-ref-kind={refKind}
      data-position-date={at?.date}
      data-stance={at?.stance}
      data-position-source={at?.source ?? undefined}
    >
      <header class="head">
        <span class="kind">{t(lang, KIND_SINGULAR[refKind])}</span>
        <button type="button" class="close" aria-label={t(lang, 'popoverClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id={TITLE_ID} class="title">
        {title}
      </h2>
      {term ? (
        <TermBody term={term} kb={kb} lang={lang}>
          {position}
        </TermBody>
      ) : doc ? (
        <DocumentBody doc={doc} citation={citation} lang={lang}>
          {position}
        </DocumentBody>
      ) : (
        <UnknownBody citation={citation ?? text} link={officialLink(refId)} lang={lang} />
      )}
      <PopoverNote refId={refId} refText={text} lang={lang} />
      <footer class="foot muted">{t(lang, 'dataAsOf', formatDate(kb.meta.asOf, lang))}</footer>
    </div>
  );
}
