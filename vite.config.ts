import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { lexiconPlugin } from './src/build/lexicon-plugin.ts';
import { forFirefox } from './src/build/firefox-manifest.ts';
import { dataCheckPlugin } from './src/build/data-check-plugin.ts';
import { quietPreloadPlugin } from './src/build/quiet-preload-plugin.ts';
import { contentCssPlugin } from './src/build/content-css-plugin.ts';
import { rootHighlightPlugin } from './src/build/root-highlight-plugin.ts';
import { knowledgeBase } from './src/core/data/bundled.ts';
import { toLexicon } from './src/core/data/lexicon.ts';

// `vite build` makes the Chrome extension in dist/; `vite build --mode firefox` the Firefox one
// in dist-firefox/, from the same manifest.json (see src/build/firefox-manifest.ts).
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      dataCheckPlugin(),
      lexiconPlugin(() => toLexicon(knowledgeBase)),
      quietPreloadPlugin(),
      contentCssPlugin(),
      firefox
        ? crx({ manifest: forFirefox(manifest) as ManifestV3Export, browser: 'firefox' })
        : crx({ manifest: manifest as ManifestV3Export }),
      // Chromium inherits highlight styles: the manifest CSS's rules on :root cost no style work
      // per element. Firefox does not, so its build keeps the rules on every element.
      ...(firefox ? [] : [rootHighlightPlugin()]),
    ],
    // Data files become JSON.parse("…") calls, which V8 parses much faster than object literals.
    json: { stringify: true },
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome120',
      // Vite's preload helper would add <link rel="modulepreload"> elements to the page when the
      // content script loads its lazy chunks; the page's DOM is not ours to change.
      modulePreload: false,
      // Firefox's sidebar page is named only in the derived manifest's `sidebar_action`, which
      // CRXJS does not read as an entry: the side panel's page is listed here for both builds.
      rollupOptions: { input: { sidepanel: 'src/sidepanel/index.html' } },
    },
  };
});
