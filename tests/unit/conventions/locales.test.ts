import { describe, expect, it } from 'vitest';
import nl from '../../../public/_locales/nl/messages.json';
import en from '../../../public/_locales/en/messages.json';
import manifest from '../../../manifest.json';
import { resolveLang, t } from '../../../src/ui/i18n';

describe('locales', () => {
  it('Dutch and English have the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const table of [nl, en]) {
      for (const entry of Object.values(table)) expect(entry.message.trim()).not.toBe('');
    }
  });

  it('every __MSG_ key the manifest uses exists', () => {
    const used = JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    for (const ref of used) expect(nl).toHaveProperty(ref.slice(6, -2));
  });

  it('fills placeholders and follows the language choice', () => {
    expect(t('nl', 'toggleSite', 'nos.nl')).toBe('Markeren op nos.nl');
    expect(t('en', 'toggleSite', 'nos.nl')).toBe('Marking on nos.nl');
    expect(resolveLang('auto', 'nl-NL')).toBe('nl');
    expect(resolveLang('auto', 'de-DE')).toBe('en');
    expect(resolveLang('nl', 'en-US')).toBe('nl');
  });
});
