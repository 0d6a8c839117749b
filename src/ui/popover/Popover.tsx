import type { RefKind } from '../../core/detect';
import type { PageDate } from '../../core/messages';
import { t, type Lang, type MessageKey } from '../i18n';

export interface PopoverProps {
  refId: string;
  refKind: RefKind;
  text: string;
  lang: Lang;
  pageDate: PageDate;
  onPickDate: (date: string) => void;
  onClose: () => void;
}

const KIND_LABEL: Record<RefKind, MessageKey> = {
  kamerstuk: 'kindKamerstuk',
  handelingen: 'kindHandelingen',
  aanhangsel: 'kindAanhangsel',
  dossier: 'kindDossier',
  motie: 'kindMotie',
  'eu-act': 'kindEuAct',
  term: 'kindTerm',
};

export function Popover({ refId, refKind, text, lang, onClose }: PopoverProps) {
  const titleId = 'kamerlens-popover-title';
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      data-ref-id={refId}
      data-ref-kind={refKind}
      lang={lang}
    >
      <header class="head">
        <span class="kind">{t(lang, KIND_LABEL[refKind])}</span>
        <button type="button" class="close" aria-label={t(lang, 'popoverClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id={titleId} class="title">
        {text}
      </h2>
      <p class="muted">{t(lang, 'popoverUnknown')}</p>
    </div>
  );
}
