import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings';
import { resolveLang, type Lang } from './lang';

/**
 * The language of an extension page (popup, options) for these settings, also set on the page's
 * root element so screen readers pronounce it right.
 */
export function pageLanguage(settings: Settings): Lang {
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  return lang;
}
