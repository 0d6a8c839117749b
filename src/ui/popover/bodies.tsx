import type { ComponentChildren } from 'preact';
import { formatCitation } from '../../core/data/citation';
import { officialLink } from '../../core/data/links';
import { documentById } from '../../core/data/lookup';
import type { DocumentEntry, KnowledgeBase, Term } from '../../core/data/types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { CopyCitation } from './CopyCitation';

function OfficialLink({ href, lang }: { href: string | undefined; lang: Lang }) {
  if (!href) return null;
  return (
    <a class="official" href={href} target="_blank" rel="noopener noreferrer">
      {t(lang, 'popoverOfficialLink')}
    </a>
  );
}

/** A document Kamerlens knows: what it is, when, from whom, what it says, where to read it. */
export function DocumentBody({
  doc,
  citation,
  lang,
  children,
}: {
  doc: DocumentEntry;
  citation: string | null;
  lang: Lang;
  /** Shown right under the facts line: the cabinet's position, what readers come for. */
  children?: ComponentChildren;
}) {
  const facts = [doc.docType, doc.date ? formatDate(doc.date, lang) : null, doc.sender ?? null];
  return (
    <>
      <p class="facts">
        {facts.filter(Boolean).join(' · ')}
        {doc.status === 'inferred' && <span class="badge">{t(lang, 'statusInferred')}</span>}
      </p>
      {children}
      <p class="summary">{doc.summary[lang]}</p>
      {citation && <CopyCitation citation={citation} lang={lang} />}
      <OfficialLink href={officialLink(doc.id)} lang={lang} />
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

/** A reference the data does not know: its citation and official link, and an honest line. */
export function UnknownBody({
  citation,
  link,
  lang,
}: {
  citation: string;
  link: string | undefined;
  lang: Lang;
}) {
  return (
    <>
      <p class="muted">{t(lang, 'popoverUnknown')}</p>
      <CopyCitation citation={citation} lang={lang} />
      <OfficialLink href={link} lang={lang} />
    </>
  );
}
