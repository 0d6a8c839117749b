import { useState } from 'preact/hooks';
import type { RefKind } from '../core/detect/types';
import type { TabDetection } from '../core/messages';
import { knowledgeBase } from '../core/data';
import { documentKind } from '../ui/doc-types';
import { t, type Lang } from '../ui/i18n';
import { refCitation, refTitle } from '../ui/references';
import { KIND_ORDER, KIND_PLURAL } from '../ui/kinds';
import { NoteEditor } from '../ui/NoteEditor';

interface DetectionListProps {
  detections: readonly TabDetection[];
  lang: Lang;
  onReveal: (id: string) => void;
}

/** The references on the tab, grouped by kind: each shows itself on the page, each takes a note. */
export function DetectionList({ detections, lang, onReveal }: DetectionListProps) {
  // Grouped by what each paper is (a Kamerstuk that is a motion is a motion), as on the card.
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    items: detections.filter((d) => documentKind(knowledgeBase, d) === kind),
  })).filter((g) => g.items.length > 0);
  return (
    <>
      <p id="reveal-hint" class="visually-hidden">
        {t(lang, 'popupRevealHint')}
      </p>
      {groups.map((g) => (
        <Group key={g.kind} kind={g.kind} items={g.items} lang={lang} onReveal={onReveal} />
      ))}
    </>
  );
}

function Group(props: {
  kind: RefKind;
  items: TabDetection[];
  lang: Lang;
  onReveal: (id: string) => void;
}) {
  const { kind, items, lang, onReveal } = props;
  const headingId = `group-${kind}`;
  return (
    <section class="group" aria-labelledby={headingId} data-kind-group={kind}>
      <h3 id={headingId}>
        {t(lang, KIND_PLURAL[kind])} <span class="count">({items.length})</span>
      </h3>
      <ul class="detections">
        {items.map((d) => (
          <Item key={d.id} detection={d} lang={lang} onReveal={onReveal} />
        ))}
      </ul>
    </section>
  );
}

function Item(props: { detection: TabDetection; lang: Lang; onReveal: (id: string) => void }) {
  const { detection: d, lang, onReveal } = props;
  const [noteOpen, setNoteOpen] = useState(false);
  const noteId = `note-panel-${d.id}`;
  const title = refTitle(knowledgeBase, d, lang);
  const written = refCitation(knowledgeBase, d) ?? d.text;
  return (
    <li data-ref-id={d.id} data-ref-kind={d.kind}>
      <div class="item-row">
        <button
          type="button"
          class="reveal"
          data-action="reveal"
          aria-describedby="reveal-hint"
          onClick={() => onReveal(d.id)}
        >
          <span class="reveal-title">{title ?? written}</span>
          {title && <span class="reveal-sub">{written}</span>}
        </button>
        {d.count > 1 && (
          <span class="count" title={t(lang, 'popupOccurrences', String(d.count))}>
            ×{d.count}
            <span class="visually-hidden">{t(lang, 'popupOccurrences', String(d.count))}</span>
          </span>
        )}
        <button
          type="button"
          class="link note-toggle"
          data-action="toggle-note"
          aria-expanded={noteOpen ? 'true' : 'false'}
          aria-controls={noteId}
          onClick={() => setNoteOpen(!noteOpen)}
        >
          {t(lang, 'noteToggle')}
          <span class="visually-hidden"> — {title ?? written}</span>
        </button>
      </div>
      {noteOpen && (
        <div id={noteId}>
          <NoteEditor refId={d.id} refText={written} lang={lang} />
        </div>
      )}
    </li>
  );
}
