import { useState } from 'preact/hooks';
import { knowledgeBase } from '../core/data';
import { sendToTab } from '../platform/tabs';
import { t } from '../ui/i18n';
import { pageLanguage } from '../ui/page-language';
import { listedFor, mergeAtPageDate } from '../ui/references';
import { useSettings } from '../ui/use-settings';
import { RefDetail } from './RefDetail';
import { RefList } from './RefList';
import { usePanelTab } from './use-panel-tab';

/**
 * The side panel: the references on the active tab, grouped and filterable, and the chosen one
 * in full (position at a date, timeline, motion, related papers, the reader's note). The card
 * on the page stays small; this is where the depth is.
 */
export function SidePanel() {
  const [settings] = useSettings();
  const { tab, selected, select } = usePanelTab();
  const [filter, setFilter] = useState('');
  if (!settings || !tab) return null;
  const lang = pageLanguage(settings);
  const state = tab.state;
  // One entry per paper: a motion named without number is read at the page's date, as the card does.
  const found = state
    ? mergeAtPageDate(knowledgeBase, state.detections, state.pageDate.date, state.aboutRegulation)
    : [];
  const chosen = state
    ? listedFor(knowledgeBase, found, selected, state.pageDate.date, state.aboutRegulation)
    : null;

  const reveal = (id: string) => {
    if (tab.id !== null) void sendToTab(tab.id, { type: 'reveal', id });
  };

  return (
    <main class="panel" data-tab-id={tab.id ?? ''}>
      <h1>{t(lang, 'panelTitle')}</h1>
      {!state ? (
        <p class="note">{t(lang, 'popupNoTab')}</p>
      ) : !state.markingOn ? (
        <p class="note">{t(lang, 'popupOff')}</p>
      ) : found.length === 0 ? (
        <p class="note">{t(lang, 'popupNoDetections')}</p>
      ) : (
        <>
          {chosen && (
            <RefDetail
              key={chosen.id}
              found={chosen}
              kb={knowledgeBase}
              pageDate={state.pageDate}
              aboutRegulation={state.aboutRegulation}
              lang={lang}
              onReveal={() => reveal(chosen.id)}
              onBack={() => select(null)}
            />
          )}
          <RefList
            found={found}
            kb={knowledgeBase}
            lang={lang}
            filter={filter}
            onFilter={setFilter}
            selected={chosen?.id ?? null}
            onSelect={select}
          />
        </>
      )}
    </main>
  );
}
