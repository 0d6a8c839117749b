import type { Lang } from './i18n';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A data date (YYYY, YYYY-MM or YYYY-MM-DD) as a reader writes it: "5 oktober 2024",
 * "oktober 2024", "2024". Never shows more precision than the data has.
 */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  if (!m) return String(y);
  const utc = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(utc);
}
