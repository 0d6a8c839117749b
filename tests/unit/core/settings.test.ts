import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isMarkingOn,
  isSiteOn,
  migrateSettings,
  siteKey,
  withSite,
} from '../../../src/core/settings';

describe('settings', () => {
  it('falls back to defaults for nothing or damaged storage', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const damaged = migrateSettings({
      enabled: 'yes',
      disabledSites: ['nos.nl', 3],
      hoverDelayMs: 1e9,
    });
    expect(damaged.enabled).toBe(true);
    expect(damaged.disabledSites).toEqual(['nos.nl']);
    expect(damaged.hoverDelayMs).toBe(2000);
  });

  it('keeps valid stored values', () => {
    const s = migrateSettings({
      ...DEFAULT_SETTINGS,
      enabled: false,
      language: 'en',
      markEveryTerm: true,
    });
    expect(s).toMatchObject({ enabled: false, language: 'en', markEveryTerm: true });
  });

  it('treats www. and the bare host as one site', () => {
    expect(siteKey('WWW.NOS.nl')).toBe('nos.nl');
    const off = withSite(DEFAULT_SETTINGS, 'www.nos.nl', false);
    expect(isSiteOn(off, 'nos.nl')).toBe(false);
    expect(isSiteOn(off, 'nu.nl')).toBe(true);
    expect(isSiteOn(withSite(off, 'nos.nl', true), 'www.nos.nl')).toBe(true);
  });

  it('marks only when both the global and the site switch are on', () => {
    expect(isMarkingOn(DEFAULT_SETTINGS, 'nos.nl')).toBe(true);
    expect(isMarkingOn({ ...DEFAULT_SETTINGS, enabled: false }, 'nos.nl')).toBe(false);
    expect(isMarkingOn(withSite(DEFAULT_SETTINGS, 'nos.nl', false), 'nos.nl')).toBe(false);
  });

  it('does not list a site twice when switched off twice', () => {
    const twice = withSite(withSite(DEFAULT_SETTINGS, 'nos.nl', false), 'www.nos.nl', false);
    expect(twice.disabledSites).toEqual(['nos.nl']);
  });
});
