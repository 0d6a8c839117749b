import { formatCitation } from '../../core/data/citation';
import { officialLink } from '../../core/data/links';
import { documentById, termById } from '../../core/data/lookup';
import { cabinetResponseId, motionOutcome } from '../../core/data/motions';
import { positionAt } from '../../core/data/position';
import type { KnowledgeBase } from '../../core/data/types';
import type { RefKind } from '../../core/detect';
import type { PageDate } from '../../core/messages';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { KIND_SINGULAR } from '../kinds';
import { MotionLifecycle } from '../record/MotionLifecycle';
import { MotionsByName } from '../record/MotionsByName';
import { DocumentBody, TermBody, UnknownBody } from './bodies';
import { motionAtPageDate } from './motion-ref';
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
  refId: detectedId,
  refKind,
  text,
  lang,
  dark,
  pageDate,
  onPickDate,
  onClose,
  kb,
}: PopoverProps) {
  // A motion named without number means the one that existed at the page's date (CONTRACT §3).
  const named = refKind === 'motie' ? motionAtPageDate(kb, detectedId, pageDate.date) : undefined;
  const open = named?.open;
  const refId = named?.id ?? detectedId;
  const doc = refKind === 'term' || open ? undefined : documentById(kb, refId);
  const term = refKind === 'term' ? termById(kb, refId) : undefined;
  const citation = formatCitation(refId, doc) ?? null;
  const title = term?.label[lang] ?? doc?.title[lang] ?? citation ?? text;
  const showsPosition = term ? term.csamDebate : doc !== undefined || open !== undefined;
  const at = showsPosition ? positionAt(kb.positions, pageDate.date) : null;
  const position = at && (
    <PositionView at={at} kb={kb} pageDate={pageDate} lang={lang} onPickDate={onPickDate} />
  );
  const motion = doc?.docType === 'motie' ? doc : undefined;

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
      data-motion-outcome={motion ? motionOutcome(motion) : open?.outcome}
      data-cabinet-response={motion ? cabinetResponseId(motion) : undefined}
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
          {motion && <MotionLifecycle doc={motion} kb={kb} lang={lang} />}
        </DocumentBody>
      ) : open ? (
        <>
          <MotionsByName motions={open.motions} date={pageDate.date} kb={kb} lang={lang} />
          {position}
        </>
      ) : (
        <UnknownBody citation={citation ?? text} link={officialLink(refId)} lang={lang} />
      )}
      <PopoverNote refId={refId} refText={text} lang={lang} />
      <footer class="foot muted">{t(lang, 'dataAsOf', formatDate(kb.meta.asOf, lang))}</footer>
    </div>
  );
}
