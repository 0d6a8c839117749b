import type { LanguageChoice } from '../core/settings';

/**
 * The UI language, kept apart from the string tables in `i18n.ts` so the content script can
 * choose a language without loading every string.
 */
export type Lang = 'nl' | 'en';

export function resolveLang(choice: LanguageChoice, uiLanguage: string): Lang {
  if (choice !== 'auto') return choice;
  return uiLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
