/**
 * Checks that every seed quote in the data occurs in its seed. Pure: the caller reads the seed
 * files (the unit test does, from `../shared/seeds`) and passes their text in.
 */
import type { ValidationError } from './validation-error';

/** The longest quote allowed, in words (whitespace-separated tokens). */
export const MAX_QUOTE_WORDS = 25;

export function wordCount(quote: string): number {
  return quote.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * The seed text in the forms a quote may be matched against. The seeds are PDF and Word
 * conversions: words are hyphenated across line ends ("kindermis-\nbruik"), lines are broken
 * mid-sentence, and emphasis is marked with asterisks. A quote may join a hyphenated word, keep a
 * real hyphen at a line end ("EU-\ncentrum"), and ignores the asterisks; whitespace counts as one
 * space.
 */
export function seedForms(text: string): string[] {
  const plain = text.replace(/\*+/g, '');
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return [
    squash(plain),
    squash(plain.replace(/-[ \t]*\n\s*/g, '')),
    squash(plain.replace(/-[ \t]*\n\s*/g, '-')),
  ];
}

export function quoteOccurs(quote: string, forms: readonly string[]): boolean {
  const q = quote.replace(/\s+/g, ' ').trim();
  return forms.some((form) => form.includes(q));
}

interface QuoteSite {
  file: string;
  path: string;
  seed: string;
  quote: string;
}

/** Every (seed, quote) pair in the parsed data files, with the JSON path it was found at. */
export function collectSeedQuotes(file: string, json: unknown): QuoteSite[] {
  const sites: QuoteSite[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}/${i}`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const seed = record['seed'];
    if (typeof seed === 'string') {
      const quotes = record['quotes'];
      if (Array.isArray(quotes)) {
        quotes.forEach((quote, i) => {
          if (typeof quote === 'string')
            sites.push({ file, path: `${path}/quotes/${i}`, seed, quote });
        });
      }
      const quote = record['quote'];
      if (typeof quote === 'string') sites.push({ file, path: `${path}/quote`, seed, quote });
    }
    for (const [key, v] of Object.entries(record)) walk(v, `${path}/${key}`);
  };
  walk(json, '');
  return sites;
}

/**
 * Errors for quotes that do not occur in their seed, and for seeds that are not supplied.
 * `files` maps a data file name to its parsed JSON; `seeds` maps a seed file name to its text.
 */
export function checkSeedQuotes(
  files: Readonly<Record<string, unknown>>,
  seeds: Readonly<Record<string, string>>,
): ValidationError[] {
  const forms = new Map(Object.entries(seeds).map(([name, text]) => [name, seedForms(text)]));
  const errors: ValidationError[] = [];
  for (const [file, json] of Object.entries(files)) {
    for (const site of collectSeedQuotes(file, json)) {
      const available = forms.get(site.seed);
      if (!available) {
        errors.push({ file, path: site.path, message: `seed "${site.seed}" is not available` });
      } else if (!quoteOccurs(site.quote, available)) {
        errors.push({ file, path: site.path, message: `does not occur in ${site.seed}` });
      }
    }
  }
  return errors;
}
