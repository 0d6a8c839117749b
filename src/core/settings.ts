/**
 * User settings: one versioned object in extension storage. Pure functions only, so the popup,
 * options page and content script all read a site's state the same way.
 */
export const SETTINGS_VERSION = 1;

export type LanguageChoice = 'auto' | 'nl' | 'en';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Marking everywhere (the global switch). */
  enabled: boolean;
  /** Site keys (host without `www.`) where the user switched marking off. */
  disabledSites: string[];
  language: LanguageChoice;
  markDocuments: boolean;
  markTerms: boolean;
  /** Terms are marked at their first occurrence only unless this is on. */
  markEveryTerm: boolean;
  /** Wait before a card opens on hover (as Wikipedia's Page Previews: about half a second). */
  hoverDelayMs: number;
  /** Next/previous (keyboard) skip the debate terms and step through documents only. */
  stepDocumentsOnly: boolean;
  /** The research trail is opt-in. */
  trailEnabled: boolean;
  /**
   * The trail keeps page addresses with their query string and fragment only when the reader
   * chooses so; by default they are cut off (they may carry search terms or session ids).
   */
  trailFullAddress: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  language: 'auto',
  markDocuments: true,
  markTerms: true,
  markEveryTerm: false,
  hoverDelayMs: 500,
  stepDocumentsOnly: false,
  trailEnabled: false,
  trailFullAddress: false,
};

/** Accepts whatever storage holds (nothing, an older version, damaged values) and returns valid settings. */
export function migrateSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  const bool = (key: keyof Settings): boolean =>
    typeof r[key] === 'boolean' ? (r[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  const sites = Array.isArray(r.disabledSites)
    ? r.disabledSites.filter((s): s is string => typeof s === 'string').map(siteKey)
    : [];
  const language = r.language === 'nl' || r.language === 'en' ? r.language : 'auto';
  const delay =
    typeof r.hoverDelayMs === 'number' && Number.isFinite(r.hoverDelayMs)
      ? r.hoverDelayMs
      : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    version: SETTINGS_VERSION,
    enabled: bool('enabled'),
    disabledSites: [...new Set(sites)],
    language,
    markDocuments: bool('markDocuments'),
    markTerms: bool('markTerms'),
    markEveryTerm: bool('markEveryTerm'),
    hoverDelayMs: Math.min(2000, Math.max(0, Math.round(delay))),
    stepDocumentsOnly: bool('stepDocumentsOnly'),
    trailEnabled: bool('trailEnabled'),
    trailFullAddress: bool('trailFullAddress'),
  };
}

/** "www.nos.nl" and "nos.nl" are one site to the user. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteOn(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(siteKey(hostname));
}

export function isMarkingOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && isSiteOn(settings, hostname);
}

export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const key = siteKey(hostname);
  const rest = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: on ? rest : [...rest, key] };
}
