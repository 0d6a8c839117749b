import { documentById } from '../core/data/lookup';
import type { DocumentEntry, KnowledgeBase, Term } from '../core/data/types';
import { t, type Lang } from '../ui/i18n';
import { MotionLifecycle } from '../ui/record/MotionLifecycle';
import { MotionsByName } from '../ui/record/MotionsByName';
import { refCitation, refTitle } from '../ui/references';
import { readLink } from '../ui/search-link';

interface RelatedPapersProps {
  kb: KnowledgeBase;
  doc: DocumentEntry | undefined;
  term: Term | undefined;
  /** A motion name that was open at the page's date (`motionAtPageDate(…).open`), and that date. */
  named?: { motions: readonly DocumentEntry[]; date: string } | undefined;
  lang: Lang;
}

/**
 * A motion's course (submitted, the vote, the cabinet's advice and answer, each with its sources:
 * the card's MotionLifecycle) or, for a name that meant several motions at the page's date, each
 * of them (MotionsByName); then the papers the data relates to the reference.
 */
export function RelatedPapers({ kb, doc, term, named, lang }: RelatedPapersProps) {
  const related = doc?.related ?? term?.related ?? [];
  const motion = doc?.docType === 'motie' ? doc : undefined;
  if (!motion && !named && related.length === 0) return null;
  return (
    <>
      {(motion ?? named) && (
        <section class="motion" aria-labelledby="panel-motion-heading">
          <h3 id="panel-motion-heading">{t(lang, 'panelMotionHeading')}</h3>
          {motion ? (
            <MotionLifecycle doc={motion} kb={kb} lang={lang} />
          ) : (
            named && <MotionsByName motions={named.motions} date={named.date} kb={kb} lang={lang} />
          )}
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
