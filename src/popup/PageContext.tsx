import { documentById, knowledgeBase, positionAt } from '../core/data';
import type { PageDate } from '../core/messages';
import { formatDate } from '../ui/format';
import { t, type Lang } from '../ui/i18n';
import { dateSourceLabel } from '../ui/kinds';
import { STANCE_LABEL } from '../ui/popover/stance';
import { SourceLink } from '../ui/SourceLink';

/** The page's date as Kamerlens uses it, and the cabinet's position on that date with its source. */
export function PageContext({ pageDate, lang }: { pageDate: PageDate; lang: Lang }) {
  const at = positionAt(knowledgeBase.positions, pageDate.date);
  return (
    <div class="page-context">
      <p class="page-date" data-page-date={pageDate.date} data-page-date-source={pageDate.source}>
        {t(
          lang,
          'popupPageDate',
          formatDate(pageDate.date, lang),
          t(lang, dateSourceLabel(pageDate.source)),
        )}
      </p>
      <p
        class="position-line"
        data-position-date={at.date}
        data-stance={at.stance}
        data-position-source={at.source ?? ''}
      >
        {t(lang, 'positionHeading', formatDate(at.date, lang))}:{' '}
        <strong>{t(lang, STANCE_LABEL[at.stance])}</strong>
        {at.source && (
          <>
            {' · '}
            {t(lang, 'positionSource')}:{' '}
            <SourceLink
              source={at.source}
              doc={documentById(knowledgeBase, at.source)}
              publisher={at.entry?.publisher}
              date={at.stated}
              lang={lang}
            />
          </>
        )}
      </p>
    </div>
  );
}
