import { formatCitation } from '../../core/data/citation';
import { officialLink } from '../../core/data/links';
import { cabinetAnswer, motionOutcome } from '../../core/data/motions';
import type { DocumentEntry, KnowledgeBase } from '../../core/data/types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { CARRIED_OUT_LABEL, OUTCOME_LABEL } from './labels';
import { SourceList, SourceRef } from './SourceRef';
import { StatusBadge } from './StatusBadge';

export interface MotionLifecycleProps {
  /** A document with `docType: 'motie'`; its `motion` record is what is shown. */
  doc: DocumentEntry;
  kb: Pick<KnowledgeBase, 'documents'>;
  lang: Lang;
  /** Also show the motion's title and citation (for lists of several motions). */
  withTitle?: boolean;
}

/**
 * What became of a motion: who submitted it and when, the vote and its result (figures only where
 * a source gives them), the cabinet's advice and its answer (letter on carrying it out, whether it
 * did), each with its sources, and links to the motion and the Handelingen item of the vote.
 */
export function MotionLifecycle({ doc, kb, lang, withTitle = false }: MotionLifecycleProps) {
  const record = doc.motion;
  const outcome = motionOutcome(doc);
  const vote = record?.vote;
  const answer = cabinetAnswer(doc);
  const motionHref = officialLink(doc.id);
  const citation = formatCitation(doc.id, doc);
  return (
    <section class="rec-motion" data-motion-id={doc.id} data-motion-outcome={outcome}>
      {withTitle && (
        <h4 class="rec-motion-title">
          {doc.title[lang]}
          {citation ? ` (${citation})` : ` (${t(lang, 'motionNumberUnknown')})`}
        </h4>
      )}
      <dl class="rec-steps">
        <dt>{t(lang, 'motionSubmitters')}</dt>
        <dd>
          {(doc.submitters ?? []).join(', ')}
          {record?.submitted && ` · ${formatDate(record.submitted, lang)}`}
        </dd>
        <dt>{t(lang, 'motionVote')}</dt>
        <dd data-step="vote">
          <strong>{t(lang, OUTCOME_LABEL[outcome])}</strong>
          {vote && ` · ${formatDate(vote.date, lang)}`}
          {vote?.votesFor !== undefined && vote.votesAgainst !== undefined && (
            <span>
              {' '}
              ({t(lang, 'motionVoteFigures', String(vote.votesFor), String(vote.votesAgainst))})
            </span>
          )}
          {vote && <StatusBadge status={vote.status} lang={lang} />}
          {vote?.handelingen && (
            <>
              {' · '}
              <SourceRef source={vote.handelingen} kb={kb} lang={lang} />
            </>
          )}
          {vote && (
            <div class="rec-step-sources">
              <SourceList sources={vote.sources} kb={kb} lang={lang} />
            </div>
          )}
        </dd>
        <dt>{t(lang, 'motionAdvice')}</dt>
        <dd data-step="advice">
          {record?.advice ? (
            <>
              {record.advice.text[lang]}
              <StatusBadge status={record.advice.status} lang={lang} />
              <div class="rec-step-sources">
                <SourceList sources={record.advice.sources} kb={kb} lang={lang} />
              </div>
            </>
          ) : (
            <span class="muted">{t(lang, 'motionAdviceUnknown')}</span>
          )}
        </dd>
        <dt>{t(lang, 'motionResponse')}</dt>
        <dd data-step="response" data-cabinet-response={answer?.id}>
          {record?.response && answer ? (
            <>
              <strong>{t(lang, CARRIED_OUT_LABEL[record.response.carriedOut])}</strong>
              {' · '}
              <SourceRef
                source={answer.id}
                kb={kb}
                publisher={answer.publisher}
                date={answer.date}
                lang={lang}
              />
              <StatusBadge status={record.response.status} lang={lang} />
              <p class="rec-step-text">{record.response.text[lang]}</p>
              <div class="rec-step-sources">
                <SourceList sources={record.response.sources} kb={kb} lang={lang} />
              </div>
            </>
          ) : (
            <span class="muted">{t(lang, 'motionNoResponse')}</span>
          )}
        </dd>
      </dl>
      {motionHref && (
        <a class="rec-link" href={motionHref} target="_blank" rel="noopener noreferrer">
          {t(lang, 'motionOpen')}
        </a>
      )}
    </section>
  );
}
