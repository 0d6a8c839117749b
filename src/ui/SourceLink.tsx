import { formatCitation } from '../core/data/citation';
import { officialLink } from '../core/data/links';
import type { DocumentEntry } from '../core/data/types';
import { formatDate } from './format';
import type { Lang } from './i18n';

interface SourceLinkProps {
  /** A canonical document id, or the address of a public report (core/data PositionEntry.source). */
  source: string;
  /**
   * The document `source` names, for its vergaderjaar: position sources are cited like every
   * other citation, "Kamerstukken II 2024/25, 34 843, nr. 113" (FACTS.md, Corrections).
   */
  doc?: Pick<DocumentEntry, 'vergaderjaar'> | undefined;
  /** Who published `source` when it is an address. */
  publisher?: string | undefined;
  /** The report's date (YYYY[-MM[-DD]]), written out next to its publisher. */
  date?: string | null | undefined;
  lang?: Lang;
}

/**
 * The source of a cabinet position: a document's citation linked to its official page, or a
 * public report named by its publisher and date ("security.nl, 12 December 2024") and linked to
 * it; never the raw address, which runs out of a card. Without a publisher the host stands in.
 */
export function SourceLink({ source, doc, publisher, date, lang = 'nl' }: SourceLinkProps) {
  const report = source.startsWith('https://');
  const href = report ? source : officialLink(source);
  let label = formatCitation(source, doc) ?? source;
  if (report) {
    const name = publisher ?? new URL(source).hostname.replace(/^www\./, '');
    label = date ? `${name}, ${formatDate(date, lang)}` : name;
  }
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" class="source-link">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}
