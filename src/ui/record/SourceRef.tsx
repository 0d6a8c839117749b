import { documentById } from '../../core/data/lookup';
import { seedDocument } from '../../core/data/seeds';
import type { KnowledgeBase, Source } from '../../core/data/types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { SourceLink } from '../SourceLink';

export interface SourceRefProps {
  /** A canonical id (`kst-…`, `h-tk-…`, `celex-…`) or the https address of a public report. */
  source: string;
  /** Where the citation's vergaderjaar comes from. */
  kb: Pick<KnowledgeBase, 'documents'>;
  /** Who published a report address ("security.nl"); its link text. */
  publisher?: string | undefined;
  /** The source's own date (YYYY[-MM[-DD]]), shown after it. */
  date?: string | null | undefined;
  lang: Lang;
}

/**
 * One source as a reader cites it: a document's official citation with its vergaderjaar
 * ("Kamerstukken II 2024/25, 34 843, nr. 113 (1 oktober 2024)"), linked to its official page, or a
 * report by publisher and date, linked to its address (SourceLink, with the document looked up).
 */
export function SourceRef({ source, kb, publisher, date, lang }: SourceRefProps) {
  const report = source.startsWith('https://');
  return (
    <span class="rec-source">
      <SourceLink
        source={source}
        doc={report ? undefined : documentById(kb, source)}
        publisher={publisher}
        date={date}
        lang={lang}
      />
      {!report && date ? ` (${formatDate(date, lang)})` : null}
    </span>
  );
}

/** The sources of one fact, joined: seeds as the document they are, reports by publisher. */
export function SourceList({
  sources,
  kb,
  lang,
}: {
  sources: readonly Source[];
  kb: Pick<KnowledgeBase, 'documents'>;
  lang: Lang;
}) {
  const refs = sources.map((s, i) => {
    if ('seed' in s) {
      const id = seedDocument(s.seed);
      const doc = id === undefined ? undefined : documentById(kb, id);
      return id === undefined ? (
        <span key={i}>{t(lang, 'sourceOrganisationsLetter')}</span>
      ) : (
        <SourceRef key={i} source={id} kb={kb} date={doc?.date} lang={lang} />
      );
    }
    return (
      <SourceRef key={i} source={s.url} kb={kb} publisher={s.publisher} date={s.date} lang={lang} />
    );
  });
  return (
    <span class="rec-sources">
      {t(lang, 'positionSource')}: {refs.flatMap((r, i) => (i === 0 ? [r] : ['; ', r]))}
    </span>
  );
}
