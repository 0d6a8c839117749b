import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic `import()` in its preload helper, which on a failed chunk load fires
 * `vite:preloadError` on `window`. In a content script that `window` is the page's: after an
 * extension update or removal the old script's lazy chunks can no longer load, and the page
 * would see our event (and any listener of its own would run). This drops the dispatch from the
 * helper; the error is still thrown, and the content script handles it itself
 * (content/popover-host.ts). The build fails if the helper changes shape and the dispatch stays.
 */
const DISPATCH =
  /(new Event\(\s*["'`]vite:preloadError["'`][^;]*;\s*\w+\.payload\s*=\s*\w+;\s*)window\.dispatchEvent\(\s*\w+\s*\);/g;

/** Whether `code` still fires `vite:preloadError` on `window` (the dispatch follows the event). */
export function firesPreloadEvent(code: string): boolean {
  return /vite:preloadError[^]{0,200}window\.dispatchEvent\(/.test(code);
}

/**
 * `code` without the `window.dispatchEvent(…)` of `vite:preloadError`; null when the code holds
 * no preload helper.
 */
export function withoutPreloadEvent(code: string): string | null {
  if (!code.includes('vite:preloadError')) return null;
  return code.replace(DISPATCH, '$1');
}

export function quietPreloadPlugin(): Plugin {
  return {
    name: 'kamerlens-quiet-preload',
    enforce: 'post',
    renderChunk(code, chunk) {
      const out = withoutPreloadEvent(code);
      if (out === null) return null;
      if (firesPreloadEvent(out)) {
        this.error(`${chunk.fileName}: Vite's preload helper still fires vite:preloadError`);
      }
      return { code: out, map: null };
    },
  };
}
