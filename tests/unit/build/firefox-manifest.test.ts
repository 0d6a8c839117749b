import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { forFirefox, GECKO_ID } from '../../../src/build/firefox-manifest';

type Json = Record<string, unknown>;
const gecko = (m: Json) => (m.browser_specific_settings as { gecko: Json }).gecko;

describe('forFirefox', () => {
  it('drops the Chrome-only key and adds the gecko settings Firefox 140 needs', () => {
    const firefox = forFirefox(manifest as Json);
    expect(firefox).not.toHaveProperty('key');
    expect(gecko(firefox)).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings).toHaveProperty('gecko_android', {
      strict_min_version: '142.0',
    });
    // The service worker runs as a module background script.
    expect(firefox.background).toEqual({
      scripts: [manifest.background.service_worker],
      type: manifest.background.type,
    });
    // Chrome's side panel is Firefox's sidebar; Chrome's sidePanel permission means nothing there.
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.sidebar_action).toEqual({
      default_panel: manifest.side_panel.default_path,
      default_title: manifest.action.default_title,
      default_icon: manifest.action.default_icon,
      open_at_install: false,
    });
    expect(firefox.permissions).toEqual(manifest.permissions.filter((p) => p !== 'sidePanel'));
    // Everything else is the Chrome manifest as it is.
    const rest = { ...(manifest as Json) };
    delete rest.key;
    delete rest.background;
    delete rest.side_panel;
    delete rest.permissions;
    const firefoxRest = { ...firefox };
    delete firefoxRest.browser_specific_settings;
    delete firefoxRest.background;
    delete firefoxRest.sidebar_action;
    delete firefoxRest.permissions;
    expect(firefoxRest).toEqual(rest);
  });

  it('leaves its input untouched, so the Chrome build keeps its key', () => {
    const input = structuredClone(manifest) as Json;
    forFirefox(input);
    expect(input).toEqual(manifest);
    expect(input).toHaveProperty('key');
  });

  it('turns a background service worker into background scripts, keeping the module type', () => {
    const firefox = forFirefox({
      manifest_version: 3,
      background: { service_worker: 'src/background/index.ts', type: 'module' },
    });
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(JSON.stringify(firefox)).not.toContain('service_worker');
  });

  it('adds no background when the source has none, and keeps existing scripts as they are', () => {
    expect(forFirefox({ manifest_version: 3 })).not.toHaveProperty('background');
    expect(forFirefox({ background: { scripts: ['a.js', 'b.js'] } }).background).toEqual({
      scripts: ['a.js', 'b.js'],
    });
  });

  it('keeps gecko settings it does not own and other browsers’ settings', () => {
    const firefox = forFirefox({
      browser_specific_settings: {
        gecko: { id: 'other@example', update_url: 'https://example.org/u.json' },
        safari: { strict_min_version: '17.2' },
      },
    });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        update_url: 'https://example.org/u.json',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
      safari: { strict_min_version: '17.2' },
    });
  });
});
