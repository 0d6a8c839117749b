/**
 * `npx tsx tests/bench/walk-world.ts [size]`: what the content script's block walk costs on a
 * bench page (default 5 MB), in the page's main world and in an isolated world like the one a
 * content script runs in (CDP `Page.createIsolatedWorld`), beside two walks that do less: the
 * least any walk of the page can do (its paragraphs through `nextSibling`, each one's
 * `textContent`), the browser's `TreeWalker` over elements with the same `textContent`, and
 * the floor of `npm run bench:page` (its walk, pattern and typed arrays; blocks with a match).
 * Each walk runs once in a fresh load, cold, as on a reader's page; $ROUNDS loads each
 * (default 4), alternating, medians printed. The walk is `BlockWalker` from src/content/collect.ts,
 * bundled by vite. Prints only.
 *
 * Why: every DOM node a script in an isolated world touches needs a wrapper of that world, kept
 * apart from the page's own, so the same walk costs more there than in the loaded page where
 * the floor of `npm run bench:page` runs; and a `TreeWalker` does not touch fewer nodes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { launch, ROOT, UNMATCHED_HOST } from '../e2e/harness';
import { buildPage, combinedPattern, findSeeds, paragraphsOf } from './bench-pages';
import { floorScan } from './loaded-page';

const SIZES: Record<string, number> = { '100KB': 100_000, '1MB': 1_000_000, '5MB': 5_000_000 };
const ROUNDS = Number(process.env.ROUNDS ?? 4);

/** Each walk defines `walk()`, returning how many blocks it found (with words, or matches). */
const LEAST =
  'window.walk=()=>{let n=0;for(let c=document.body.firstElementChild.firstChild;c;c=c.nextSibling)' +
  '{if(c.nodeType===1&&/\\S/.test(c.textContent))n++}return n}';
const TREE_WALKER =
  'window.walk=()=>{const w=document.createTreeWalker(document.body,NodeFilter.SHOW_ELEMENT);let n=0;' +
  'for(let e=w.nextNode();e;e=w.nextNode())if(e.childElementCount===0&&/\\S/.test(e.textContent))n++;return n}';

/** `BlockWalker` bundled as the extension ships it (minified), defining `walk()`. */
async function blockWalker(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kamerlens-walk-'));
  try {
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { BlockWalker } from ${JSON.stringify(path.join(ROOT, 'src/content/collect.ts'))};\n` +
        '(window as unknown as { walk: () => number }).walk = () => {\n' +
        '  const walker = new BlockWalker(document.body);\n' +
        '  let n = 0;\n' +
        '  while (walker.next()) n++;\n' +
        '  return n;\n' +
        '};\n',
    );
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: true,
        lib: { entry, formats: ['iife'], name: 'walkBench', fileName: () => 'walk.js' },
      },
    });
    return readFileSync(path.join(dir, 'walk.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The floor of `npm run bench:page` (`floorScan`), its synchronous part: walk, pattern and typed
 * arrays, without the two frames it waits for there. (`__name`: the helper tsx's transform may
 * call in the function's source.)
 */
function floor(): string {
  const pattern = combinedPattern();
  const args = JSON.stringify({ source: pattern.source, flags: pattern.flags });
  return (
    'var __name=(f)=>f;window.walk=()=>{' +
    `(${floorScan.toString()})(${args});` +
    'return window.benchFloor.blocks.length}'
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const size = SIZES[process.argv[2] ?? '5MB'] ?? 5_000_000;
  const html = buildPage('walk', size, paragraphsOf(findSeeds(ROOT).texts)).html;
  const walks: Record<string, string> = {
    BlockWalker: await blockWalker(),
    'least (siblings + textContent)': LEAST,
    'TreeWalker + textContent': TREE_WALKER,
    'the floor (bench:page), its walk and pattern': floor(),
  };
  const session = await launch({ extension: false });
  try {
    await session.context.route(`https://${UNMATCHED_HOST}/walk/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    const times = new Map<string, number[]>();
    const blocks = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const world of ['main', 'isolated']) {
        for (const [name, code] of Object.entries(walks)) {
          const page = await session.context.newPage();
          await page.goto(`https://${UNMATCHED_HOST}/walk/page.html`);
          const cdp = await session.context.newCDPSession(page);
          let contextId: number | undefined;
          if (world === 'isolated') {
            const { frameTree } = await cdp.send('Page.getFrameTree');
            ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
              frameId: frameTree.frame.id,
              worldName: 'walk-bench',
            }));
          }
          await cdp.send('Runtime.evaluate', { expression: code, contextId });
          const { result } = await cdp.send('Runtime.evaluate', {
            expression:
              '(()=>{const t=performance.now();const n=walk();return [performance.now()-t,n]})()',
            contextId,
            returnByValue: true,
          });
          const [ms, n] = result.value as [number, number];
          const key = `${world.padEnd(8)}  ${name}`;
          times.set(key, [...(times.get(key) ?? []), ms]);
          blocks.set(name, n);
          await page.close();
        }
      }
    }
    console.log(
      `walk of the ${process.argv[2] ?? '5MB'} bench page, cold, medians of ${ROUNDS} loads:`,
    );
    for (const [key, ms] of times)
      console.log(
        `  ${median(ms).toFixed(0).padStart(5)} ms  ${key}  (${ms.map((t) => t.toFixed(0)).join(' ')})`,
      );
    console.log(`blocks found: ${[...blocks].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
