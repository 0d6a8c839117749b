import type { Settings } from '../core/settings';
import { t, type Lang } from '../ui/i18n';
import { Toggle } from '../ui/Toggle';

interface Props {
  settings: Settings;
  change: (fn: (s: Settings) => Settings) => void;
  lang: Lang;
}

/** What to mark and how soon the explanation opens. Changes reach open tabs at once. */
export function MarkingSection({ settings, change, lang }: Props) {
  return (
    <section aria-labelledby="marking-heading">
      <h2 id="marking-heading">{t(lang, 'optionsMarkHeading')}</h2>
      <Toggle
        action="mark-documents"
        label={t(lang, 'optionsMarkDocuments')}
        on={settings.markDocuments}
        onChange={(on) => change((s) => ({ ...s, markDocuments: on }))}
      />
      <Toggle
        action="mark-terms"
        label={t(lang, 'optionsMarkTerms')}
        on={settings.markTerms}
        onChange={(on) => change((s) => ({ ...s, markTerms: on }))}
      />
      <Toggle
        action="mark-every-term"
        label={t(lang, 'optionsMarkEveryTerm')}
        on={settings.markEveryTerm}
        onChange={(on) => change((s) => ({ ...s, markEveryTerm: on }))}
      />
      <div class="field">
        <label for="hover-delay">{t(lang, 'optionsHoverDelay')}</label>
        <input
          id="hover-delay"
          type="number"
          min={0}
          max={2000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            if (!Number.isFinite(value)) return;
            const ms = Math.min(2000, Math.max(0, Math.round(value)));
            change((s) => ({ ...s, hoverDelayMs: ms }));
          }}
        />
      </div>
    </section>
  );
}
