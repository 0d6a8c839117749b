import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The manifest's content-script CSS, as the Chrome build emits it. */
export const HIGHLIGHT_CSS = 'src/content/highlight.css';

/** A rule's selector that is a bare `::highlight(name)` (no compound before it). */
const UNIVERSAL_HIGHLIGHT = /(^|[\s,}])::highlight\(/g;

/**
 * `css` with each bare `::highlight(name)` selector rooted at the document element:
 * `:root::highlight(name)`. Throws when the stylesheet has no such rule (its shape changed and
 * the build would silently ship the slow form, or nothing at all).
 *
 * Why: a bare `::highlight()` is `*::highlight()`, and in Chromium a rule that matches every
 * element makes the style engine resolve a highlight style for each of them. In the page's
 * first style recalculation on the 5 MB bench page (23,000 elements) that took the recalc from
 * about 100 ms to about 330 ms (Chromium 156). Chromium implements highlight inheritance (CSS
 * Pseudo-Elements 4, "Highlight Cascade": a highlight pseudo-element's properties not set by the
 * cascade inherit from the parent element's, inherited or not), so the rule on the root reaches
 * every element at no per-element cost. Firefox (153) does not inherit highlight styles: its
 * build and the sheets adopted by shadow roots keep the bare form.
 */
export function rootHighlights(css: string): string {
  const out = css.replace(UNIVERSAL_HIGHLIGHT, '$1:root::highlight(');
  if (out === css) throw new Error('no bare ::highlight() rule to root');
  return out;
}

/**
 * Chrome build only: roots the manifest CSS's highlight rules (see `rootHighlights`) in the
 * written extension. CRXJS emits the manifest's files last, so the file is changed once written.
 */
export function rootHighlightPlugin(): Plugin {
  return {
    name: 'kamerlens-root-highlight',
    apply: 'build',
    writeBundle(options) {
      const file = path.join(options.dir ?? 'dist', HIGHLIGHT_CSS);
      if (!existsSync(file)) {
        this.error(`${HIGHLIGHT_CSS} was not written: the highlight rules were not rooted`);
      }
      writeFileSync(file, rootHighlights(readFileSync(file, 'utf8')));
    },
  };
}
