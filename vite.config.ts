import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { lexiconPlugin } from './src/build/lexicon-plugin.ts';

export default defineConfig({
  plugins: [
    preact(),
    lexiconPlugin(() => ({ terms: [], dossierTitles: [], motions: [] })),
    crx({ manifest: manifest as ManifestV3Export }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
  },
});
