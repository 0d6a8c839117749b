/**
 * `npx tsx tests/bench/other-time.ts [size]`: what the main-thread time Kamerlens adds to a bench
 * page (default 5 MB) goes to, event by event, with more trace categories than the page bench
 * records (Blink, compositor, scheduler, IPC, V8 compilation and GC). Loads the page with the
 * extension of $KAMERLENS_DIST (https://nos.nl/…) and without it (the unmatched host), alternating
 * $ROUNDS times (default 2), each traced from DOMContentLoaded until the last reference is
 * reported plus one second (the same window without). Prints, as medians of with minus without:
 * self time by event name, and the tasks' own time outside every traced event ("other" in the
 * page bench) by the place the task was posted from. Raw traces go to $TRACE_DIR when set.
 * Prints only; the first load warms the code cache.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { extensionUrl, launch, OPTIONS_PAGE, ROOT, UNMATCHED_HOST } from '../e2e/harness';
import { buildPage, findSeeds, paragraphsOf } from './bench-pages';
import { lastReferenceFound } from './probes';

interface Event {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown> & { name?: string; src_func?: string; src_file?: string };
}

const SIZES: Record<string, number> = { '100KB': 100_000, '1MB': 1_000_000, '5MB': 5_000_000 };
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const CATEGORIES = [
  'toplevel',
  'toplevel.flow',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'devtools.timeline.invalidationTracking',
  'blink',
  'blink.user_timing',
  'blink_gc',
  'cc',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'ipc',
  'mojom',
  'renderer',
  'renderer.scheduler',
  'scheduler',
  'sequence_manager',
  'loading',
  'extensions',
  'navigation',
].join(',');

async function trace(cdp: CDPSession): Promise<() => Promise<Event[]>> {
  const events: Event[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => events.push(...(e.value as Event[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

interface Totals {
  /** Self time by event name (category in brackets), ms. */
  byName: Map<string, number>;
  /** Own time of RunTask events (outside every traced event inside), by where they were posted. */
  taskOwn: Map<string, number>;
  tasks: number;
  total: number;
}

function attribute(events: Event[]): Totals {
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === parse?.pid,
  );
  const dcl = events.findLast((e) => e.name === 'MarkDOMContent' && e.pid === main?.pid)?.ts ?? 0;
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= dcl)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byName = new Map<string, number>();
  const taskOwn = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const stack: { e: Event; end: number; children: number }[] = [];
  let total = 0;
  let tasks = 0;
  const close = () => {
    const top = stack.pop();
    if (!top) return;
    const self = ((top.e.dur ?? 0) - top.children) / 1000;
    add(byName, `${top.e.name} [${top.e.cat}]`, self);
    if (top.e.name === 'ThreadControllerImpl::RunTask' || top.e.name === 'RunTask') {
      const where = `${top.e.name}: ${String(top.e.args?.src_func ?? '')} ${String(top.e.args?.src_file ?? '')}`;
      add(taskOwn, where, self);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children += top.e.dur ?? 0;
    else {
      total += (top.e.dur ?? 0) / 1000;
      tasks++;
    }
  };
  for (const e of onMain) {
    while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= e.ts) close();
    stack.push({ e, end: e.ts + (e.dur ?? 0), children: 0 });
  }
  while (stack.length) close();
  return { byName, taskOwn, tasks, total };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function diff(withIt: Map<string, number>[], without: Map<string, number>[], n: number): void {
  const keys = new Set([...withIt, ...without].flatMap((m) => [...m.keys()]));
  const rows = [...keys].map((k) => {
    const w = median(withIt.map((m) => m.get(k) ?? 0));
    const wo = median(without.map((m) => m.get(k) ?? 0));
    return { k, w, wo, d: w - wo };
  });
  rows.sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
  for (const r of rows.slice(0, n))
    console.log(
      `  ${r.d.toFixed(1).padStart(8)}  (${r.w.toFixed(1).padStart(7)} − ${r.wo.toFixed(1).padStart(7)})  ${r.k}`,
    );
}

async function load(
  control: Page,
  session: Awaited<ReturnType<typeof launch>>,
  host: string,
  windowMs: number | null,
): Promise<{ totals: Totals; window: number; events: Event[] }> {
  const page = await session.context.newPage();
  // The blank page fully loaded first: the trace's DOMContentLoaded is the measured page's.
  await page.goto(`https://${host}/bench/blank.html`);
  const cdp = await session.context.newCDPSession(page);
  const stop = await trace(cdp);
  const started = Date.now();
  await page.goto(`https://${host}/bench/page.html`, { waitUntil: 'domcontentloaded' });
  if (windowMs === null) {
    while (!(await lastReferenceFound(control, page.url())) && Date.now() - started < 120_000)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1000));
  } else await new Promise((r) => setTimeout(r, Math.max(0, windowMs - (Date.now() - started))));
  const window = Date.now() - started;
  const events = await stop();
  await page.close();
  return { totals: attribute(events), window, events };
}

async function main(): Promise<void> {
  const size = SIZES[process.argv[2] ?? '5MB'] ?? 5_000_000;
  const html = buildPage('profile', size, paragraphsOf(findSeeds(ROOT).texts)).html;
  const session = await launch();
  try {
    for (const host of ['nos.nl', UNMATCHED_HOST])
      await session.context.route(`https://${host}/bench/**`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: route.request().url().endsWith('/blank.html')
            ? '<!doctype html><p>blank</p>'
            : html,
        }),
      );
    const control = await session.context.newPage();
    await control.goto(extensionUrl(OPTIONS_PAGE));
    await load(control, session, 'nos.nl', null);
    const withIt: Totals[] = [];
    const without: Totals[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const w = await load(control, session, 'nos.nl', null);
      const wo = await load(control, session, UNMATCHED_HOST, w.window);
      withIt.push(w.totals);
      without.push(wo.totals);
      console.log(
        `round ${r}: window ${w.window} ms; top-level tasks with ${w.totals.total.toFixed(0)} ms (${w.totals.tasks}), without ${wo.totals.total.toFixed(0)} ms (${wo.totals.tasks})`,
      );
      if (process.env.TRACE_DIR) {
        writeFileSync(path.join(process.env.TRACE_DIR, `with-${r}.json`), JSON.stringify(w.events));
        writeFileSync(
          path.join(process.env.TRACE_DIR, `without-${r}.json`),
          JSON.stringify(wo.events),
        );
      }
    }
    console.log('\nself time by event, ms: with − without (medians)');
    diff(
      withIt.map((t) => t.byName),
      without.map((t) => t.byName),
      40,
    );
    console.log("\ntasks' own time outside traced events, by where posted: with − without");
    diff(
      withIt.map((t) => t.taskOwn),
      without.map((t) => t.taskOwn),
      25,
    );
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
