import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content script's size as a browser loads it from dist/: the manifest's loader and CSS, the
 * module the loader imports and that module's static imports (all gzip-compressed, file by
 * file), and separately what it only imports on demand (`import()`).
 */

export interface ScriptSize {
  /** Loaded on every matching page before anything runs. */
  eager: { files: string[]; bytes: number; gzip: number };
  /** Loaded the first time a feature needs it (the popover and its data). */
  lazy: { files: string[]; bytes: number; gzip: number };
}

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
const LOADER_TARGET = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function gzipped(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function importsOf(file: string, pattern: RegExp): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => path.resolve(path.dirname(file), m[1] ?? ''));
}

/** `roots` and every file they import statically, in no particular order. */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, STATIC_IMPORT));
  }
  return seen;
}

const total = (dist: string, files: Iterable<string>) => {
  const list = [...files].sort();
  return {
    files: list.map((f) => path.relative(dist, f)),
    bytes: list.reduce((n, f) => n + readFileSync(f).length, 0),
    gzip: list.reduce((n, f) => n + gzipped(f), 0),
  };
};

export function contentScriptSize(dist: string): ScriptSize {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const loaders = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const css = (manifest.content_scripts ?? []).flatMap((c) => c.css ?? []);
  const loaderFiles = [...new Set(loaders)].map((f) => path.join(dist, f));
  // The crxjs loader imports the real module through chrome.runtime.getURL("assets/….js").
  const modules = loaderFiles.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(LOADER_TARGET)].map((m) => path.join(dist, m[1] ?? '')),
  );
  const eager = staticClosure([...loaderFiles, ...modules]);
  for (const file of new Set(css)) eager.add(path.join(dist, file));
  const lazyRoots = [...eager]
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => importsOf(f, DYNAMIC_IMPORT));
  const lazy = new Set([...staticClosure(lazyRoots)].filter((f) => !eager.has(f)));
  // Lazy chunks may import further chunks on demand in turn.
  for (let grew = true; grew;) {
    grew = false;
    const next = [...lazy].flatMap((f) => importsOf(f, DYNAMIC_IMPORT));
    for (const f of staticClosure(next))
      if (!eager.has(f) && !lazy.has(f)) {
        lazy.add(f);
        grew = true;
      }
  }
  return { eager: total(dist, eager), lazy: total(dist, lazy) };
}
