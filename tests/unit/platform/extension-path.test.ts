import { describe, expect, it } from 'vitest';
import { pathInExtension } from '../../../src/platform/extension-path';

describe('pathInExtension', () => {
  const firefox = 'moz-extension://2c9ffddd-d56e-4d11-abc8-716d4b13ed02/';
  const chrome = 'chrome-extension://maknppnkapchmhjkacfoelnmcfegmced/';

  it("turns Firefox's resolved manifest addresses back into paths inside the extension", () => {
    expect(pathInExtension(`${firefox}src/content/highlight.css`, firefox)).toBe(
      'src/content/highlight.css',
    );
  });

  it("keeps Chrome's relative paths, without a leading slash", () => {
    expect(pathInExtension('assets/highlight.css', chrome)).toBe('assets/highlight.css');
    expect(pathInExtension('/assets/highlight.css', chrome)).toBe('assets/highlight.css');
  });
});
