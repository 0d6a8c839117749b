import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

/**
 * Takes CSS text and returns it minified (lightningcss, the CSS minifier Vite uses); throws on
 * CSS that does not parse.
 */
export function minifyCss(css: string, filename = 'content.css'): string {
  const { code } = transform({ filename, code: Buffer.from(css), minify: true });
  return Buffer.from(code).toString('utf8');
}

/**
 * Minifies every CSS file the built manifest's `content_scripts` name (src/content/highlight.css).
 * CRXJS copies a manifest `css` file as it is, comments and all, and emits it after every other
 * plugin's `generateBundle`, so this rewrites the written file. The browser loads it on every
 * matching page: it counts toward the content script's size (README, Performance).
 */
export function contentCssPlugin(): Plugin {
  return {
    name: 'kamerlens-content-css',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts?: { css?: string[] }[];
      };
      const files = new Set((manifest.content_scripts ?? []).flatMap((c) => c.css ?? []));
      for (const name of files) {
        const file = path.join(dir, name);
        writeFileSync(file, minifyCss(readFileSync(file, 'utf8'), name));
      }
    },
  };
}
