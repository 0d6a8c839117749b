import type { ComponentChildren } from 'preact';
import { formatCitation } from '../../core/data/citation';
import { officialLink } from '../../core/data/links';
import { documentById } from '../../core/data/lookup';
import { senderIn } from '../../core/data/senders';
import type { DocumentEntry, KnowledgeBase, Term } from '../../core/data/types';
import { DOC_TYPE_LABEL } from '../doc-types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';

/** A document Kamerlens knows: what it is, when, from whom, and what it says. */
export function DocumentBody({
  doc,
  lang,
  children,
}: {
  doc: DocumentEntry;
  lang: Lang;
  /** Shown right under the facts line: the cabinet's position, what readers come for. */
  children?: ComponentChildren;
}) {
  const facts = [
    t(lang, DOC_TYPE_LABEL[doc.docType]),
    doc.date ? formatDate(doc.date, lang) : null,
    doc.sender ? senderIn(doc.sender, lang) : null,
  ];
  return (
    <>
      <p class="facts">
        {facts.filter(Boolean).join(' · ')}
        {/* A real space, so innerText does not run the badge into the facts ("bevestigdafgeleid"). */}
        {doc.status === 'inferred' && ' '}
        {doc.status === 'inferred' && <span class="badge">{t(lang, 'statusInferred')}</span>}
      </p>
      {children}
      <p class="summary">{doc.summary[lang]}</p>
    </>
  );
}

/** A glossary term: its definition and the documents it relates to. */
export function TermBody({
  term,
  kb,
  lang,
  children,
}: {
  term: Term;
  kb: KnowledgeBase;
  lang: Lang;
  children?: ComponentChildren;
}) {
  const related = (term.related ?? [])
    .map((id) => {
      const doc = documentById(kb, id);
      return { id, doc, citation: formatCitation(id, doc) };
    })
    .filter((r) => r.doc !== undefined || r.citation);
  return (
    <>
      {!term.csamDebate && <p class="facts">{t(lang, 'termGeneric')}</p>}
      <p class="summary">{term.definition[lang]}</p>
      {children}
      {related.length > 0 && (
        <div class="related">
          <h3>{t(lang, 'relatedDocuments')}</h3>
          <ul>
            {related.map(({ id, citation }) => {
              const href = officialLink(id);
              const label = citation ?? id;
              return (
                <li key={id}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * A reference the data does not know: an honest line, and the title of its dossier where the
 * data has it. Its citation (as the page gave it) and link are in the card's footer.
 */
export function UnknownBody({
  dossierTitle,
  lang,
}: {
  dossierTitle: string | undefined;
  lang: Lang;
}) {
  return (
    <>
      {dossierTitle && <p class="facts">{t(lang, 'popoverDossier', dossierTitle)}</p>}
      <p class="muted">{t(lang, 'popoverUnknown')}</p>
    </>
  );
}
