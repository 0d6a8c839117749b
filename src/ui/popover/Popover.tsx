import { useState } from 'preact/hooks';
import { documentById, termById } from '../../core/data/lookup';
import { cabinetResponseId, motionOutcome } from '../../core/data/motions';
import { positionAt } from '../../core/data/position';
import type { KnowledgeBase } from '../../core/data/types';
import type { RefKind } from '../../core/detect';
import type { PageDate, PageDateSource } from '../../core/messages';
import { kindLabel } from '../doc-types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { dossierTitleOf, refCitation, refTitle } from '../references';
import { readLink } from '../search-link';
import { DocumentBody, TermBody, UnknownBody } from './bodies';
import { CardFooter } from './CardFooter';
import { trapTab } from './focus-trap';
import { PositionView } from './PositionView';
import { MotionLifecycle } from '../record/MotionLifecycle';
import { MotionsByName } from '../record/MotionsByName';
import { motionAtPageDate } from './motion-ref';

export interface PopoverProps {
  refId: string;
  refKind: RefKind;
  text: string;
  lang: Lang;
  /** Dark pages get a dark popover. */
  dark: boolean;
  pageDate: PageDate;
  /**
   * Whether a motion named without number may be read as the debate's motion of that name at
   * the page's date: only on a page about the regulation (TabState.aboutRegulation).
   */
  resolveNames: boolean;
  /** The reader picked another date; the card updates itself, the caller only remembers it. */
  onPickDate: (date: string) => void;
  onClose: () => void;
  kb: KnowledgeBase;
}

const TITLE_ID = 'kamerlens-popover-title';

/**
 * The card: a non-modal dialog about one reference, compact like a page preview. What it is and
 * its title stay at the top, the official link, the citation and "more" (the side panel) at the
 * bottom; only the middle scrolls, so a card squeezed by a small window still shows both ends.
 * Documents and debate terms show the cabinet's position at the page's date, also as data
 * attributes on the card (CONTRACT §4). Picking a date re-renders the card in place: the date
 * field keeps its focus and whatever the reader is typing.
 */
export function Popover(props: PopoverProps) {
  const { refId: detectedId, refKind, text, lang, dark, pageDate, onPickDate, onClose, kb } = props;
  const { resolveNames } = props;
  const [date, setDate] = useState<{ date: string; source: PageDateSource }>(pageDate);
  // A motion named without number means the one that existed at the page's date (CONTRACT §3).
  const named =
    refKind === 'motie' && resolveNames
      ? motionAtPageDate(kb, detectedId, pageDate.date)
      : undefined;
  const open = named?.open;
  const refId = named?.id ?? detectedId;
  const ref = { id: refId, kind: refKind, text };
  const doc = refKind === 'term' || open ? undefined : documentById(kb, refId);
  const term = refKind === 'term' ? termById(kb, refId) : undefined;
  const citation = refCitation(kb, ref) ?? null;
  const title = refTitle(kb, ref, lang) ?? citation ?? text;
  const showsPosition = term ? term.csamDebate : doc !== undefined || open !== undefined;
  const motion = doc?.docType === 'motie' ? doc : undefined;
  const at = showsPosition ? positionAt(kb.positions, date.date) : null;
  const pick = (day: string) => {
    setDate({ date: day, source: 'user' });
    onPickDate(day);
  };
  const position = at && (
    <PositionView at={at} kb={kb} pageDate={date} lang={lang} onPickDate={pick} />
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
      data-motion-outcome={motion ? motionOutcome(motion) : open?.outcome}
      data-cabinet-response={motion ? cabinetResponseId(motion) : undefined}
      onKeyDown={trapTab}
    >
      <header class="head">
        <span class="kind">{t(lang, kindLabel(kb, ref))}</span>
        <button type="button" class="close" aria-label={t(lang, 'popoverClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id={TITLE_ID} class="title">
        {title}
      </h2>
      <div class="body">
        {term ? (
          <TermBody term={term} kb={kb} lang={lang}>
            {position}
          </TermBody>
        ) : doc ? (
          <DocumentBody doc={doc} lang={lang}>
            {position}
            {motion && <MotionLifecycle doc={motion} kb={kb} lang={lang} />}
          </DocumentBody>
        ) : open ? (
          <>
            <MotionsByName motions={open.motions} date={date.date} kb={kb} lang={lang} />
            {position}
          </>
        ) : (
          <UnknownBody dossierTitle={dossierTitleOf(kb, ref)} lang={lang} />
        )}
        <p class="foot muted">{t(lang, 'dataAsOf', formatDate(kb.meta.asOf, lang))}</p>
      </div>
      {/* The side panel lists what was detected: "more" names the reference as detected. */}
      <CardFooter refId={detectedId} citation={citation} link={readLink(ref)} lang={lang} />
    </div>
  );
}
