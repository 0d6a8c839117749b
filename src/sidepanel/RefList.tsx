import type { KnowledgeBase } from '../core/data/types';
import type { TabDetection } from '../core/messages';
import { t, type Lang } from '../ui/i18n';
import { kindLabel } from '../ui/doc-types';
import {
  matchesFilter,
  PANEL_GROUP_LABEL,
  PANEL_GROUPS,
  panelGroup,
  refCitation,
  refTitle,
} from '../ui/references';

interface RefListProps {
  found: readonly TabDetection[];
  kb: KnowledgeBase;
  lang: Lang;
  filter: string;
  onFilter: (filter: string) => void;
  selected: string | null;
  onSelect: (refId: string) => void;
}

/** The page's references by group (documents, motions, EU acts, terms), with a filter field. */
export function RefList({ found, kb, lang, filter, onFilter, selected, onSelect }: RefListProps) {
  const rows = found.map((d) => ({
    d,
    title: refTitle(kb, d, lang),
    citation: refCitation(kb, d),
    group: panelGroup(kb, d),
  }));
  const shown = rows.filter((r) => matchesFilter([r.title, r.citation, r.d.text], filter));
  return (
    <section class="refs" aria-labelledby="refs-heading">
      <h2 id="refs-heading">{t(lang, 'popupFound')}</h2>
      <label class="filter" for="ref-filter">
        {t(lang, 'panelFilter')}
        <input
          id="ref-filter"
          type="search"
          value={filter}
          data-action="filter"
          onInput={(e) => onFilter(e.currentTarget.value)}
        />
      </label>
      {shown.length === 0 && <p class="note">{t(lang, 'panelNoMatch')}</p>}
      {PANEL_GROUPS.map((group) => {
        const items = shown.filter((r) => r.group === group);
        if (items.length === 0) return null;
        const headingId = `panel-group-${group}`;
        return (
          <section key={group} aria-labelledby={headingId} data-panel-group={group}>
            <h3 id={headingId}>
              {t(lang, PANEL_GROUP_LABEL[group])} <span class="count">({items.length})</span>
            </h3>
            <ul class="ref-list">
              {items.map(({ d, title, citation }) => (
                <li key={d.id} data-ref-id={d.id} data-ref-kind={d.kind}>
                  <button
                    type="button"
                    class="ref"
                    data-action="choose"
                    aria-current={d.id === selected ? 'true' : undefined}
                    onClick={() => onSelect(d.id)}
                  >
                    <span class="ref-title">{title ?? citation ?? d.text}</span>
                    <span class="ref-sub">
                      {t(lang, kindLabel(kb, d))}
                      {/* A term's words on the page are the page's language, not a citation. */}
                      {title && d.kind !== 'term' && ` · ${citation ?? d.text}`}
                      {d.count > 1 && ` · ×${d.count}`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
