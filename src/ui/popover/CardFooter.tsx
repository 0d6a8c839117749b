import { useState } from 'preact/hooks';
import { openSidePanelAt } from '../../platform/background-client';
import { t, type Lang } from '../i18n';
import { ReadLinkAnchor } from '../ReadLinkAnchor';
import type { ReadLink } from '../search-link';
import { CopyCitation } from './CopyCitation';

interface CardFooterProps {
  refId: string;
  citation: string | null;
  link: ReadLink | undefined;
  lang: Lang;
}

/**
 * The card's bottom, never scrolled away: the citation to copy, the official link (or a search
 * for a motion known only by name), "note" and "more", both opening the side panel at this
 * reference: notes are read and written only in extension pages, which a page cannot reach.
 */
export function CardFooter({ refId, citation, link, lang }: CardFooterProps) {
  const [panelRefused, setPanelRefused] = useState(false);
  const more = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    // Sent at once, inside the click: Chrome opens a side panel only within the user's gesture.
    void openSidePanelAt(refId).then((opened) => setPanelRefused(!opened));
  };
  return (
    <footer class="actions">
      {citation && <CopyCitation citation={citation} lang={lang} />}
      <p class="links">
        {link && <ReadLinkAnchor link={link} lang={lang} />}
        {/* The same for every reference: the card never holds or hints at the reader's note
            (a page's window.find and selection reach into closed shadow roots in Chromium). */}
        <button type="button" class="small note-in-panel" data-action="note" onClick={more}>
          {t(lang, 'popoverNoteInPanel')}
        </button>
        <button type="button" class="small more" data-action="more" onClick={more}>
          {t(lang, 'popoverMore')}
        </button>
      </p>
      {panelRefused && (
        <p class="muted panel-refused" role="status">
          {t(lang, 'sidePanelUnavailable')}
        </p>
      )}
    </footer>
  );
}
