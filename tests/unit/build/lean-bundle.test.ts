import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../../src/build/content-css-plugin';
import { LEAN_PRELOAD_HELPER, lazyChunksWithCss } from '../../../src/build/quiet-preload-plugin';

describe('the lean preload helper', () => {
  it('only calls the import: no <link>, no vite:preloadError on the page', async () => {
    expect(LEAN_PRELOAD_HELPER).not.toMatch(/document|window|preloadError|link/);
    const url = `data:text/javascript,${encodeURIComponent(LEAN_PRELOAD_HELPER)}`;
    const { __vitePreload } = (await import(url)) as {
      __vitePreload: (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;
    };
    await expect(__vitePreload(() => Promise.resolve('module'), [])).resolves.toBe('module');
    await expect(__vitePreload(() => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
  });

  it('names the lazy chunks that import CSS (which the lean helper would not link)', () => {
    const css = (...names: string[]) => ({ importedCss: new Set(names) });
    const bundle = {
      'entry.js': { type: 'chunk', dynamicImports: ['card.js', 'date.js'], viteMetadata: css() },
      'card.js': { type: 'chunk', dynamicImports: [], viteMetadata: css('card.css') },
      'date.js': { type: 'chunk', dynamicImports: [], viteMetadata: css() },
      'page.js': { type: 'chunk', dynamicImports: [], viteMetadata: css('page.css') },
      'card.css': { type: 'asset' },
    };
    expect(lazyChunksWithCss(bundle)).toEqual(['card.js']);
    expect(lazyChunksWithCss({ ...bundle, 'card.js': { type: 'chunk' } })).toEqual([]);
  });
});

describe('minifyCss', () => {
  it('keeps every highlight rule of the content-script CSS and drops its comments', () => {
    const source = readFileSync('src/content/highlight.css', 'utf8');
    const min = minifyCss(source);
    expect(min.length).toBeLessThan(source.length / 2);
    expect(min).not.toContain('/*');
    const rules = (css: string) => [...css.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]);
    expect(rules(min)).toEqual(rules(source));
    expect(rules(min)).toHaveLength(6);
    expect(min).toContain('text-decoration:underline 2px dotted');
  });

  it('throws on CSS that does not parse', () => {
    expect(() => minifyCss('}{')).toThrow();
  });
});
