import { formatCitation } from '../core/data/citation';
import { officialLink } from '../core/data/links';

/**
 * The source of a cabinet position: a document's citation linked to its official page, or the
 * public report's address where no parliamentary document states it.
 */
export function SourceLink({ source }: { source: string }) {
  const href = source.startsWith('https://') ? source : officialLink(source);
  const label = formatCitation(source) ?? source;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}
