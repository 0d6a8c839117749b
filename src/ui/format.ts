import type { Lang } from './i18n';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

const DAY: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const MOMENT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Formatters are costly to make and a trail list formats hundreds of times: one per use. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, name: string, options: Intl.DateTimeFormatOptions) {
  const key = `${lang} ${name}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(LOCALES[lang], options);
    formatters.set(key, made);
  }
  return made;
}

/**
 * A data date (YYYY, YYYY-MM or YYYY-MM-DD) as a reader writes it: "5 oktober 2024",
 * "oktober 2024", "2024". Never shows more precision than the data has.
 */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  if (!m) return String(y);
  const utc = new Date(Date.UTC(y, m - 1, d ?? 1));
  return (d ? formatter(lang, 'day', DAY) : formatter(lang, 'month', MONTH)).format(utc);
}

/** A moment (ISO time), such as when a reference was opened, in the reader's time zone. */
export function formatTime(iso: string, lang: Lang): string {
  return formatter(lang, 'moment', MOMENT).format(new Date(iso));
}
