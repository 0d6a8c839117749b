import { useState } from 'preact/hooks';
import { documentById, termById } from '../core/data/lookup';
import { senderIn } from '../core/data/senders';
import type { KnowledgeBase } from '../core/data/types';
import type { PageDate, TabDetection } from '../core/messages';
import { DOC_TYPE_LABEL, kindLabel } from '../ui/doc-types';
import { formatDate } from '../ui/format';
import { t, type Lang } from '../ui/i18n';
import { dateSourceLabel } from '../ui/kinds';
import { NoteEditor } from '../ui/NoteEditor';
import { CopyCitation } from '../ui/popover/CopyCitation';
import { motionAtPageDate } from '../ui/popover/motion-ref';
import { refCitation, refTitle } from '../ui/references';
import { RelatedPapers } from './RelatedPapers';
import { PanelPosition } from './PanelPosition';
import { ReadLinkAnchor } from '../ui/ReadLinkAnchor';
import { readLink } from '../ui/search-link';

interface RefDetailProps {
  found: TabDetection;
  kb: KnowledgeBase;
  pageDate: PageDate;
  /** The page-level decision (TabState): a motion's name means the debate's motion only then. */
  aboutRegulation: boolean;
  lang: Lang;
  onReveal: () => void;
  onBack: () => void;
}

/** One reference in full: what it is, where to read it, the position at a date, its papers, a note. */
export function RefDetail(props: RefDetailProps) {
  const { found, kb, pageDate, aboutRegulation, lang, onReveal, onBack } = props;
  const [date, setDate] = useState(pageDate.date);
  // A motion named without number is the one of that name at the page's date, as in the card.
  const named =
    found.kind === 'motie' && aboutRegulation
      ? motionAtPageDate(kb, found.id, pageDate.date)
      : undefined;
  const open = named?.open;
  const ref = { ...found, id: named?.id ?? found.id };
  const doc = found.kind === 'term' || open ? undefined : documentById(kb, ref.id);
  const term = found.kind === 'term' ? termById(kb, found.id) : undefined;
  const citation = refCitation(kb, ref);
  const title = refTitle(kb, ref, lang) ?? citation ?? found.text;
  const showsPosition = term ? term.csamDebate : doc !== undefined || open !== undefined;
  const href = readLink(ref);
  const facts = doc && [
    t(lang, DOC_TYPE_LABEL[doc.docType]),
    doc.date ? formatDate(doc.date, lang) : null,
    doc.sender ? senderIn(doc.sender, lang) : null,
  ];
  return (
    <article
      class="detail"
      data-ref-id={found.id}
      data-ref-kind={found.kind}
      aria-labelledby="detail-title"
    >
      <p class="kind">{t(lang, kindLabel(kb, ref))}</p>
      <h2 id="detail-title" class="title">
        {title}
      </h2>
      {facts && <p class="facts">{facts.filter(Boolean).join(' · ')}</p>}
      {!doc && !term && citation && citation !== found.text && <p class="facts">{found.text}</p>}
      <p class="summary">
        {term?.definition[lang] ?? doc?.summary[lang] ?? t(lang, 'popoverUnknown')}
      </p>
      {(citation ?? (found.kind !== 'term' ? found.text : undefined)) && (
        <CopyCitation citation={citation ?? found.text} lang={lang} />
      )}
      <p class="links">
        {href && <ReadLinkAnchor link={href} lang={lang} />}
        <button type="button" class="link" data-action="reveal" onClick={onReveal}>
          {t(lang, 'panelShowOnPage')}
        </button>
        <button type="button" class="link" data-action="back" onClick={onBack}>
          {t(lang, 'panelBack')}
        </button>
      </p>
      {showsPosition && (
        <PanelPosition
          kb={kb}
          date={date}
          onPick={setDate}
          dateNote={
            date === pageDate.date
              ? t(lang, dateSourceLabel(pageDate.source))
              : t(lang, 'dateSourceUser')
          }
          lang={lang}
        />
      )}
      <RelatedPapers
        kb={kb}
        doc={doc}
        term={term}
        named={open && { motions: open.motions, date: pageDate.date }}
        lang={lang}
      />
      <NoteEditor refId={ref.id} refText={citation ?? found.text} lang={lang} />
    </article>
  );
}
