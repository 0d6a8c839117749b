import { groupTrail, type TrailReference } from '../core/trail';
import { formatDate, formatTime } from '../ui/format';
import { t, type Lang } from '../ui/i18n';
import { KIND_SINGULAR } from '../ui/kinds';
import { NoteEditor } from '../ui/NoteEditor';
import type { TrailData } from './use-trail';

/** Every reference in the trail, most recently opened first, with its note and its visits. */
export function TrailList({ data, lang }: { data: TrailData; lang: Lang }) {
  const refs = groupTrail(data.visits, data.notes);
  if (refs.length === 0) return <p class="note">{t(lang, 'trailEmpty')}</p>;
  return (
    <ul class="trail" aria-labelledby="trail-heading">
      {refs.map((r) => (
        <Reference key={r.refId} reference={r} lang={lang} />
      ))}
    </ul>
  );
}

function Reference({ reference: r, lang }: { reference: TrailReference; lang: Lang }) {
  return (
    <li class="trail-ref" data-trail-ref={r.refId}>
      <h3>
        {/* Page strings are isolated (bidi controls in them stay inside) and may wrap anywhere. */}
        <bdi class="page-string">{r.text}</bdi>{' '}
        <span class="meta">
          {r.refKind ? t(lang, KIND_SINGULAR[r.refKind]) : t(lang, 'trailNoteOnly')} ·{' '}
          <code>{r.refId}</code>
        </span>
      </h3>
      <NoteEditor refId={r.refId} refText={r.text} lang={lang} initial={r.note} />
      {r.visits.length > 0 && (
        <ul class="visits">
          {r.visits.map((v) => (
            <li key={v.id} data-visit-id={v.id} data-visit-url={v.url}>
              <a href={v.url} target="_blank" rel="noopener noreferrer" class="page-string">
                <bdi>{v.title || v.url}</bdi>
              </a>
              <span class="meta">
                {v.pageDate && <> · {t(lang, 'trailPageDate', formatDate(v.pageDate, lang))}</>}
                {' · '}
                <time dateTime={v.time}>{t(lang, 'trailOpened', formatTime(v.time, lang))}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
