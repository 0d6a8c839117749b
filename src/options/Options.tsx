import type { LanguageChoice } from '../core/settings';
import { GlobalToggle } from '../ui/GlobalToggle';
import { t } from '../ui/i18n';
import { pageLanguage } from '../ui/page-language';
import { useSettings } from '../ui/use-settings';
import { DataSection, ShortcutsSection } from './AboutSections';
import { MarkingSection } from './MarkingSection';
import { SitesSection } from './SitesSection';
import { TrailSection } from './TrailSection';

/** The browser's words for a failed settings write (e.g. "QUOTA_BYTES quota exceeded"). */
function settingsFailureDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function Options() {
  const [settings, change, failed] = useSettings();
  if (!settings) return null;
  const lang = pageLanguage(settings);
  document.title = t(lang, 'optionsTitle');
  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      <p>{t(lang, 'optionsIntro')}</p>
      {/* Read out at once; stays until a change is stored. */}
      <p role="alert" class="error" data-status="settings">
        {failed !== null && t(lang, 'settingsSaveFailed', settingsFailureDetail(failed))}
      </p>
      <GlobalToggle settings={settings} change={change} lang={lang} />
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t(lang, 'optionsLanguageHeading')}</h2>
        <div class="field">
          <label for="language">{t(lang, 'optionsLanguageLabel')}</label>
          <select
            id="language"
            value={settings.language}
            onChange={(e) => {
              const language = e.currentTarget.value as LanguageChoice;
              change((s) => ({ ...s, language }));
            }}
          >
            <option value="auto">{t(lang, 'languageAuto')}</option>
            <option value="nl" lang="nl">
              Nederlands
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
      </section>
      <MarkingSection settings={settings} change={change} lang={lang} />
      <SitesSection lang={lang} />
      <ShortcutsSection settings={settings} change={change} lang={lang} />
      <TrailSection settings={settings} change={change} lang={lang} />
      <DataSection lang={lang} />
    </main>
  );
}
