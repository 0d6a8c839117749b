import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` in (`__vitePreload(() => import(…), deps)`). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * The helper served instead of Vite's: it only calls the import. Vite's own helper (1.7 KB, in
 * the content script's eager chunk) adds `<link>` elements for a lazy chunk's dependencies to
 * the document — in a content script the page's document, which is not ours to change — and on
 * a failed load fires `vite:preloadError` on `window`, the page's window too. With
 * `build.modulePreload: false` its only remaining task is linking the CSS a lazy chunk imports;
 * no lazy chunk of ours imports CSS (the build fails if one does), so nothing is lost. A failed
 * load rejects to our own code (content/popover-host.ts), as before.
 */
export const LEAN_PRELOAD_HELPER =
  'export const __vitePreload = function preload(baseModule) { return baseModule(); };';

/**
 * Names of the chunks that a dynamic `import()` loads and that import CSS, which Vite's helper
 * would have linked into the document and ours does not. `bundle` is Rollup's output bundle.
 */
export function lazyChunksWithCss(
  bundle: Record<
    string,
    { type: string; dynamicImports?: string[]; viteMetadata?: { importedCss: Set<string> } }
  >,
): string[] {
  const lazy = new Set(
    Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? (c.dynamicImports ?? []) : [])),
  );
  return [...lazy].filter((name) => (bundle[name]?.viteMetadata?.importedCss.size ?? 0) > 0);
}

export function quietPreloadPlugin(): Plugin {
  return {
    name: 'kamerlens-quiet-preload',
    enforce: 'pre',
    load: (id) => (id === PRELOAD_HELPER ? LEAN_PRELOAD_HELPER : null),
    generateBundle(_options, bundle) {
      const withCss = lazyChunksWithCss(bundle as Parameters<typeof lazyChunksWithCss>[0]);
      if (withCss.length > 0) {
        this.error(
          `lazy chunks import CSS, which the lean preload helper does not link: ${withCss.join(', ')}`,
        );
      }
    },
  };
}
