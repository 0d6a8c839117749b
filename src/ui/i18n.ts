import nl from '../../public/_locales/nl/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Lang } from './lang';

export { resolveLang, type Lang } from './lang';

/**
 * The `_locales` files are the single source of strings. They are read here directly rather than
 * through `i18n.getMessage`, because the user may pick a language other than the browser's.
 */
export type MessageKey = keyof typeof nl;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const tables: Record<Lang, Record<string, LocaleEntry>> = { nl, en };

/** Looks up a message; `$NAME$` placeholders are filled from `subs` in the order `$1`, `$2`, … */
export function t(lang: Lang, key: MessageKey, ...subs: string[]): string {
  const entry = tables[lang][key] ?? tables.nl[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.replace('$', '')) - 1 : -1;
    return subs[index] ?? whole;
  });
}
