/**
 * `npm run bench:page`: what Kamerlens costs a page, in real Chromium with the built extension
 * (dist/). Pages of 100 KB, 1 MB and 5 MB of text built from the seeds; each is loaded with the
 * extension (https://nos.nl/…), without it (the same page on a host the content script does not
 * match) and marked by mark.js instead, in the same browser. Prints numbers; asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  DIST,
  extensionUrl,
  launch,
  OPTIONS_PAGE,
  ROOT,
  UNMATCHED_HOST,
  type Session,
} from '../e2e/harness';
import { buildPage, findSeeds, LAST_ID, LAST_REF, paragraphsOf } from './bench-pages';
import { withFloor, withMarkJs, type LoadedPageRun } from './loaded-page';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { contentScriptSize } from './bundle-size';
import * as probe from './probes';

const ALL_SIZES: [string, number][] = [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];
/** `BENCH_SIZES="5 MB"` measures only the pages named (comma-separated), for quick comparisons. */
const SIZES = process.env.BENCH_SIZES
  ? ALL_SIZES.filter(([name]) => process.env.BENCH_SIZES?.split(',').includes(name))
  : ALL_SIZES;
/** Time allowed after the scan for idle work (range registration, observers) to finish. */
const SETTLE_MS = 1000;
/**
 * Rounds per page, each loading it with Kamerlens, without, with mark.js and with the floor, one
 * after the other (alternating, so a slow spell of the machine hits all four); medians are
 * reported (main-thread noise).
 */
const REPEAT = 3;
const ARTICLE = '/artikel/chatcontrol.html';

interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(
      id: number,
      m: unknown,
    ): Promise<{ url?: string; detections?: { id: string; count: number }[] }>;
  };
  storage: {
    local: { get(k: string): Promise<Record<string, { hoverDelayMs?: number } | undefined>> };
  };
}

const served = new Map<string, string>();
const blank = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

/**
 * Opens `file` on `host` and returns the page's main-thread counters at DOMContentLoaded: what
 * follows is the page's own first layout and paint (with or without Kamerlens) and, from
 * document_idle on, Kamerlens' work. A blank page of the same site comes first, so the measured
 * page stays in the renderer the counters are read from.
 */
async function openMeasured(session: Session, host: string, file: string) {
  const page = await session.context.newPage();
  await page.goto(`https://${host}/bench/blank.html`);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const stopTrace = await probe.startTrace(cdp);
  const started = Date.now();
  await page.goto(`https://${host}/bench/${file}`, { waitUntil: 'domcontentloaded' });
  return { page, cdp, started, stopTrace, before: await probe.metricsOf(cdp) };
}

/** All detections the content script of the tab showing `url` reports, by id. */
function tabDetections(control: Page, url: string): Promise<Record<string, number> | null> {
  return control.evaluate(async (want) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    for (const tab of await tabs.query({})) {
      if (tab.id === undefined) continue;
      const state = await tabs.sendMessage(tab.id, { type: 'get-tab-state' }).catch(() => null);
      if (state?.url !== want) continue;
      return Object.fromEntries((state.detections ?? []).map((d) => [d.id, d.count]));
    }
    return null;
  }, url);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Hover a marked reference until its popover shows; ms after the hover delay, or null. */
async function hoverToPopover(page: Page, point: { x: number; y: number }, delay: number) {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await probe.armPopoverProbe(page);
  await page.mouse.move(point.x, point.y);
  const total = await probe.popoverProbeResult(page);
  return total === null ? null : total - delay;
}

async function withExtension(session: Session, control: Page, file: string, delay: number) {
  const { page, cdp, before, started, stopTrace } = await openMeasured(session, 'nos.nl', file);
  await page.waitForLoadState('load');
  const url = page.url();
  let found: Record<string, number> | null = null;
  while (Date.now() - started < 120_000) {
    found = await tabDetections(control, url);
    if (found?.[LAST_ID]) break;
    await wait(100);
  }
  const scanDone = Date.now() - started;
  await wait(SETTLE_MS);
  const window = Date.now() - started;
  const cost = probe.minus(await probe.metricsOf(cdp), before);
  const trace = await stopTrace();
  const longest = probe.longestTasks(trace);
  const parts = probe.breakdown(trace);
  const { load } = await probe.loadedAt(page);
  const heap = await probe.heapAfterGc(cdp);
  const hovers: (number | null)[] = [];
  const point = await probe.firstMarkPoint(page);
  for (let i = 0; point && i < 4; i++) hovers.push(await hoverToPopover(page, point, delay));
  await page.close();
  const references = Object.values(found ?? {}).reduce((n, c) => n + c, 0);
  return {
    cost,
    longest,
    parts,
    heap,
    hovers,
    scanDone,
    window,
    load,
    references,
    complete: !!found?.[LAST_ID],
  };
}

async function withoutExtension(session: Session, file: string, windowMs: number) {
  const { page, cdp, before, started, stopTrace } = await openMeasured(
    session,
    UNMATCHED_HOST,
    file,
  );
  await page.waitForLoadState('load');
  await wait(Math.max(0, windowMs - (Date.now() - started)));
  const cost = probe.minus(await probe.metricsOf(cdp), before);
  const trace = await stopTrace();
  const longest = probe.longestTasks(trace);
  const parts = probe.breakdown(trace);
  const heap = await probe.heapAfterGc(cdp);
  await page.close();
  return { cost, longest, parts, heap };
}

/** The reader jumps to the end right after load: when is the last reference marked, hoverable? */
async function lastReference(session: Session, file: string, delay: number) {
  const page = await session.context.newPage();
  await page.goto(`https://nos.nl/bench/${file}`);
  await page.evaluate(() => document.getElementById('last')?.scrollIntoView({ block: 'center' }));
  const markedAt = await probe.lastMarkedAt(page, 60_000);
  const { load } = await probe.loadedAt(page);
  const point = await page.evaluate((text) => {
    const last = document.getElementById('last')?.firstChild as Text | null;
    const at = last?.data.indexOf(text) ?? -1;
    if (!last || at < 0) return null;
    const range = document.createRange();
    range.setStart(last, at);
    range.setEnd(last, at + 9);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, LAST_REF);
  const hover = point ? await hoverToPopover(page, point, delay) : null;
  await page.close();
  return { afterLoad: markedAt === null ? null : markedAt - load, hover };
}

async function article(session: Session, delay: number) {
  const heaps: number[] = [];
  let hover: number | null = null;
  for (const host of [UNMATCHED_HOST, 'nos.nl']) {
    const page = await session.context.newPage();
    await page.goto(`https://${host}${ARTICLE}`);
    const cdp = await session.context.newCDPSession(page);
    if (host === 'nos.nl') {
      for (let i = 0; i < 50 && !(await probe.firstMarkPoint(page)); i++) await wait(100);
      const point = await probe.firstMarkPoint(page);
      if (point) hover = await hoverToPopover(page, point, delay);
    } else await wait(1000);
    heaps.push(await probe.heapAfterGc(cdp));
    await page.close();
  }
  return { extraHeap: (heaps[1] ?? 0) - (heaps[0] ?? 0), hover };
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? 'n/a' : `${Math.round(v)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function medianBy<T>(xs: T[], key: (x: T) => number): T {
  const sorted = [...xs].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('nothing measured');
  return middle;
}

/** Per kind of work, the median over loads with Kamerlens minus the median over loads without. */
function medianParts(withIt: probe.TimeBreakdown[], without: probe.TimeBreakdown[]) {
  const keys = ['script', 'gc', 'styleLayout', 'paint', 'other'] as const;
  const of = (xs: probe.TimeBreakdown[], k: (typeof keys)[number]) =>
    median(xs.map((x) => x[k])) ?? 0;
  return Object.fromEntries(
    keys.map((k) => [k, of(withIt, k) - of(without, k)]),
  ) as unknown as probe.TimeBreakdown;
}

async function main(): Promise<void> {
  const seeds = findSeeds(ROOT);
  if (!seeds.dir)
    console.log(
      'Seed texts not found ($KAMERLENS_SEEDS, ../shared/seeds, /work/shared/seeds): using a short built-in text.',
    );
  const paragraphs = paragraphsOf(seeds.texts);
  const pages = SIZES.map(([label, bytes]) => buildPage(label, bytes, paragraphs));
  const session = await launch();
  try {
    // tsx keeps function names with a `__name` helper that page functions carry along.
    await session.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    for (const [i, page] of pages.entries()) served.set(`/bench/page-${i}.html`, page.html);
    served.set('/bench/blank.html', blank);
    for (const host of ['nos.nl', UNMATCHED_HOST])
      await session.context.route(`https://${host}/bench/**`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: served.get(new URL(route.request().url()).pathname) ?? 'not found',
        }),
      );
    const control = await session.context.newPage();
    await control.goto(extensionUrl(OPTIONS_PAGE));
    const delay = await control.evaluate(async (fallback) => {
      const { storage } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return (await storage.local.get('settings')).settings?.hoverDelayMs ?? fallback;
    }, DEFAULT_SETTINGS.hoverDelayMs);

    // Warm-up: the first load of the content script compiles it; real readers have it cached.
    await withExtension(session, control, 'page-0.html', delay);
    const rows: string[][] = [];
    const where: string[] = [];
    const longTasks: string[] = [];
    const raw: unknown[] = [];
    for (const [i, page] of pages.entries()) {
      const file = `page-${i}.html`;
      process.stderr.write(`measuring ${page.label} (${page.paragraphs} paragraphs)…\n`);
      // Alternate Kamerlens, without, mark.js and the floor, REPEAT rounds; medians reported.
      const exts: Awaited<ReturnType<typeof withExtension>>[] = [];
      const bases: Awaited<ReturnType<typeof withoutExtension>>[] = [];
      const markjss: LoadedPageRun[] = [];
      const floors: LoadedPageRun[] = [];
      for (let r = 0; r < REPEAT; r++) {
        exts.push(await withExtension(session, control, file, delay));
        bases.push(await withoutExtension(session, file, exts[r]?.window ?? 0));
        markjss.push(await withMarkJs(session, file));
        floors.push(await withFloor(session, file));
      }
      const ext = medianBy(exts, (e) => e.cost.task);
      const base = medianBy(bases, (b) => b.cost.task);
      const markjs = medianBy(markjss, (m) => m.cost.task);
      const floor = medianBy(floors, (f) => f.cost.task);
      const last = await lastReference(session, file, delay);
      const added = probe.minus(ext.cost, base.cost);
      const partsAdded = medianParts(
        exts.map((e) => e.parts),
        bases.map((b) => b.parts),
      );
      where.push(
        `${page.label}: script ${ms(partsAdded.script)}, GC ${ms(partsAdded.gc)}, ` +
          `style+layout ${ms(partsAdded.styleLayout)}, paint ${ms(partsAdded.paint)}, ` +
          `other ${ms(partsAdded.other)}`,
      );
      const worst = exts.reduce((a, b) => (b.longest.withScript > a.longest.withScript ? b : a));
      longTasks.push(
        `${page.label}: per load ${exts.map((e) => ms(e.longest.withScript)).join(', ')}; ` +
          `the longest (${ms(worst.longest.withScript)}) went to ${worst.longest.withScriptWent || 'n/a'}`,
      );
      const hovers = ext.hovers.filter((h): h is number => h !== null);
      raw.push({ page: page.label, exts, bases, markjss, floors, last, added, partsAdded });
      const ratio = (of: number) => (of > 0 ? `${(added.task / of).toFixed(2)}×` : 'n/a');
      rows.push([
        page.label,
        String(page.paragraphs),
        `${ext.references}${ext.complete ? '' : ' (incomplete)'} / ${markjs.marks}`,
        `${ms(added.task)} (script ${ms(added.script)}, layout+style ${ms(added.layout + added.style)})`,
        `${ms(markjs.cost.task)} (script ${ms(markjs.cost.script)}, layout+style ${ms(markjs.cost.layout + markjs.cost.style)})`,
        `${ms(floor.cost.task)} (script ${ms(floor.cost.script)}; ${floor.marks} matches)`,
        ratio(markjs.cost.task),
        ratio(floor.cost.task),
        `${ms(Math.max(...exts.map((e) => e.longest.withScript)))} / ${ms(ext.longest.any)} / ${ms(base.longest.any)} / ${ms(markjs.longest)}`,
        `${ms(ext.scanDone - ext.load)} / ${ms(last.afterLoad)}`,
        `${ms(hovers[0])} / ${ms(hovers.length > 1 ? median(hovers.slice(1)) : null)} / ${ms(last.hover)}`,
        mb(ext.heap - base.heap),
      ]);
    }
    const news = await article(session, delay);
    const size = contentScriptSize(DIST);
    const header = [
      'page',
      'paragraphs',
      'references: Kamerlens / mark.js marks',
      "Kamerlens' added main-thread time",
      'mark.js main-thread time',
      'floor main-thread time',
      'Kamerlens ÷ mark.js',
      'Kamerlens ÷ floor',
      'longest task after DOMContentLoaded: running Kamerlens (most of all loads) / any, with Kamerlens / any, without / mark.js',
      'last reference: found after load / marked after load (reader at the end)',
      'hover → popover after the delay: first / later / last reference',
      'extra JS heap',
    ];
    console.log(
      `\nKamerlens page benchmark — Chromium, ${new Date().toISOString().slice(0, 10)}, hover delay ${delay} ms`,
    );
    console.log(`seeds: ${seeds.dir ?? 'built-in text'}\n`);
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(
      '\nAdded main-thread time by kind (trace self time, medians of with minus without; script ' +
        "includes the content script's idle callbacks and microtasks, which CDP's ScriptDuration " +
        'leaves out):',
    );
    for (const line of where) console.log(`  ${line}`);
    console.log(
      '\nLongest task running Kamerlens (a task after DOMContentLoaded with script in it), each ' +
        'load, and its main events by self time in ms (tests/bench/long-tasks.ts shows them all):',
    );
    for (const line of longTasks) console.log(`  ${line}`);
    console.log(
      '\nmark.js and the floor run in the loaded page (page.evaluate in its main world) on a host ' +
        'the content script does not match, measured from the call until two frames after it ' +
        '(tests/bench/loaded-page.ts). The floor: one TreeWalker over the text nodes, each ' +
        "block's text joined, one combined pattern of the same targets, matches kept as offsets " +
        'in typed arrays.',
    );
    console.log(
      `\nNews article (${ARTICLE}): extra JS heap ${mb(news.extraHeap)}, hover → popover after the delay ${ms(news.hover)} (first open, loads the popover)`,
    );
    console.log(
      `Content script, gzip: ${kb(size.eager.gzip)} loaded on every page (${size.eager.files.length} files, ${kb(size.eager.bytes)} raw); ${kb(size.lazy.gzip)} loaded on first popover (${size.lazy.files.length} files)`,
    );
    mkdirSync(path.join(ROOT, 'tests/artifacts'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'tests/artifacts/bench-page.json'),
      JSON.stringify({ delay, raw, news, size }, null, 2),
    );
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
