import { t, type Lang } from './i18n';
import type { ReadLink } from './search-link';

/** The link to read a reference: "Official source", or "Search on officielebekendmakingen.nl". */
export function ReadLinkAnchor({ link, lang }: { link: ReadLink; lang: Lang }) {
  return (
    <a class="official" href={link.url} target="_blank" rel="noopener noreferrer">
      {t(lang, link.search ? 'searchOfficial' : 'popoverOfficialLink')}
    </a>
  );
}
