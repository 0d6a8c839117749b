import { documentById } from '../core/data/lookup';
import type { DocumentEntry, KnowledgeBase, Term } from '../core/data/types';
import { formatDate } from '../ui/format';
import { t, type Lang } from '../ui/i18n';
import { refCitation, refTitle } from '../ui/references';
import { readLink } from '../ui/search-link';

interface RelatedPapersProps {
  kb: KnowledgeBase;
  doc: DocumentEntry | undefined;
  term: Term | undefined;
  lang: Lang;
}

/** A motion's course (submitted, adopted) and the papers the data relates to the reference. */
export function RelatedPapers({ kb, doc, term, lang }: RelatedPapersProps) {
  const related = doc?.related ?? term?.related ?? [];
  const motion = doc?.docType === 'motie' ? doc : undefined;
  if (!motion && related.length === 0) return null;
  return (
    <>
      {motion && (
        <section class="motion" aria-labelledby="panel-motion-heading">
          <h3 id="panel-motion-heading">{t(lang, 'panelMotionHeading')}</h3>
          <ol class="lifecycle">
            {motion.submitters && motion.submitters.length > 0 && (
              <li>{t(lang, 'panelMotionSubmitters', motion.submitters.join(', '))}</li>
            )}
            {motion.date && <li>{t(lang, 'panelMotionDated', formatDate(motion.date, lang))}</li>}
            {motion.adopted && (
              <li data-motion-outcome="adopted">
                {t(lang, 'panelMotionAdopted', formatDate(motion.adopted, lang))}
              </li>
            )}
          </ol>
        </section>
      )}
      {related.length > 0 && (
        <section class="related" aria-labelledby="panel-related-heading">
          <h3 id="panel-related-heading">{t(lang, 'relatedDocuments')}</h3>
          <ul>
            {related.map((id) => {
              const ref = {
                id,
                kind: documentById(kb, id)?.kind ?? 'kamerstuk',
                text: id,
              } as const;
              const label = refTitle(kb, ref, lang) ?? refCitation(kb, ref) ?? id;
              const link = readLink(ref);
              return (
                <li key={id} data-related-id={id}>
                  {link ? (
                    <a href={link.url} target="_blank" rel="noopener noreferrer">
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                  {refCitation(kb, ref) && label !== refCitation(kb, ref) && (
                    <span class="muted"> · {refCitation(kb, ref)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
