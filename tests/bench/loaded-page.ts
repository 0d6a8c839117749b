import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, UNMATCHED_HOST, type Session } from '../e2e/harness';
import { combinedPattern } from './bench-pages';
import * as probe from './probes';

/**
 * The two yardsticks Kamerlens is compared with, each run in the loaded page (through CDP's
 * `Runtime.evaluate`, i.e. `page.evaluate`, in the page's main world) on a host the content
 * script does not match: mark.js, and "the floor" — the least any scan of all the page's text for
 * the same targets can do. Both are measured as the main-thread time (CDP `TaskDuration`) from
 * just before the call until two frames after it, so layout and paint of what they did count.
 */

const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
/** Time the page gets after load before a yardstick runs (its own first layout is done). */
const SETTLE_MS = 500;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LoadedPageRun {
  cost: probe.Metrics;
  longest: number;
  /** Matches mark.js wrapped, or matches the floor kept. */
  marks: number;
}

async function measure(
  session: Session,
  file: string,
  setup: (page: Page) => Promise<void>,
  run: (page: Page, pattern: { source: string; flags: string }) => Promise<number>,
): Promise<LoadedPageRun> {
  const page = await session.context.newPage();
  await page.goto(`https://${UNMATCHED_HOST}/bench/${file}`);
  await wait(SETTLE_MS);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await setup(page);
  const since = await page.evaluate(() => performance.now());
  const before = await probe.metricsOf(cdp);
  const pattern = combinedPattern();
  const marks = await run(page, { source: pattern.source, flags: pattern.flags });
  const cost = probe.minus(await probe.metricsOf(cdp), before);
  const longest = await probe.longestTaskSince(page, since);
  await page.close();
  return { cost, longest, marks };
}

/** mark.js `markRegExp` with one combined pattern of the same targets. */
export function withMarkJs(session: Session, file: string): Promise<LoadedPageRun> {
  return measure(
    session,
    file,
    async (page) => {
      await page.addScriptTag({ content: readFileSync(MARK_JS, 'utf8') });
    },
    (page, pattern) =>
      page.evaluate(
        ({ source, flags }) =>
          new Promise<number>((resolve) => {
            const Mark = (
              window as unknown as {
                Mark: new (el: Element) => { markRegExp(r: RegExp, o: object): void };
              }
            ).Mark;
            let count = 0;
            new Mark(document.body).markRegExp(new RegExp(source, flags), {
              each: () => count++,
              // Two frames later the marked DOM has been styled and laid out.
              done: () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(count))),
            });
          }),
        pattern,
      ),
  );
}

/**
 * The floor: one walk over the page's text nodes with a `TreeWalker`, each block's text joined
 * (inline elements do not end a block), one combined regular expression of the same targets run
 * over it, and the matches kept as offsets in typed arrays with one reference per block that
 * holds any. Nothing is drawn, no detection objects are built; it keeps its result alive on
 * `window` as a real scan would.
 */
export function withFloor(session: Session, file: string): Promise<LoadedPageRun> {
  return measure(
    session,
    file,
    async () => undefined,
    (page, pattern) => page.evaluate(floorScan, pattern),
  );
}

/**
 * The floor's scan itself (see `withFloor`), run in a page: keeps its result on
 * `window.benchFloor` and resolves with the number of matches two frames later. Self-contained,
 * so it can be evaluated in any world of the page (tests/bench/walk-world.ts).
 */
export function floorScan({ source, flags }: { source: string; flags: string }): Promise<number> {
  return new Promise<number>((resolve) => {
    const INLINE =
      /^(?:A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|LABEL|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR|INS|DEL|NOBR)$/;
    const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;
    const re = new RegExp(source, flags);
    const blocks: Element[] = [];
    let starts = new Int32Array(4096);
    let ends = new Int32Array(4096);
    let blockOf = new Int32Array(4096);
    let count = 0;
    let owner: Element | null = null;
    let text = '';
    const flush = () => {
      if (text === '' || owner === null) return;
      const index = blocks.length;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (count === starts.length) {
          const grow = (a: Int32Array) => {
            const b = new Int32Array(a.length * 2);
            b.set(a);
            return b;
          };
          starts = grow(starts);
          ends = grow(ends);
          blockOf = grow(blockOf);
        }
        starts[count] = m.index;
        ends[count] = m.index + m[0].length;
        blockOf[count] = index;
        count++;
        if (m[0].length === 0) re.lastIndex++;
      }
      if (count > 0 && blockOf[count - 1] === index) blocks.push(owner);
      text = '';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let el = node.parentElement;
      while (el && INLINE.test(el.tagName)) el = el.parentElement;
      if (!el || SKIP.test(el.tagName)) continue;
      if (el !== owner) {
        flush();
        owner = el;
      }
      text += (node as Text).data;
    }
    flush();
    (window as unknown as { benchFloor: unknown }).benchFloor = {
      blocks,
      starts,
      ends,
      blockOf,
      count,
    };
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(count)));
  });
}
