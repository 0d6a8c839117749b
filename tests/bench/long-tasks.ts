/**
 * `npx tsx tests/bench/long-tasks.ts [size]`: what the long tasks are that run Kamerlens' script
 * on a bench page (default 5 MB). Loads the page with the extension of $KAMERLENS_DIST (build it
 * without minifying for readable names: `npx vite build --minify false --outDir /tmp/dist-dev`),
 * traces the renderer (CDP Tracing) from DOMContentLoaded until the last reference is reported
 * plus one second, and prints each task over $LONG_MS (default 40 ms) that ran script: its
 * start after DOMContentLoaded, duration, and the events inside it by self time (script with its
 * function and file, layout, style, paint, GC) and the sampled stacks of V8's profiler (which
 * slows the script it samples). Prints only; a second load is measured (the first warms the code
 * cache, as for a real reader).
 */
import { extensionUrl, launch, OPTIONS_PAGE, ROOT } from '../e2e/harness';
import { buildPage, findSeeds, paragraphsOf } from './bench-pages';
import { lastReferenceFound, startTrace } from './probes';

interface Event {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      functionName?: string;
      url?: string;
      type?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: { functionName: string; url?: string };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

interface Sample {
  ts: number;
  stack: string[];
}

/** The V8 sampling profile recorded in the trace (category disabled-by-default-v8.cpu_profiler). */
function samplesOf(events: Event[], pid: number): Sample[] {
  const nodes = new Map<number, { parent?: number; name: string }>();
  const out: Sample[] = [];
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid);
  let ts = start?.args?.data?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== start?.id) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) {
      const file = (n.callFrame.url ?? '').split('/').pop() ?? '';
      nodes.set(n.id, {
        parent: n.parent,
        name: `${n.callFrame.functionName || '(anon)'} ${file}`,
      });
    }
    const samples = data?.cpuProfile?.samples ?? [];
    samples.forEach((id, i) => {
      ts += data?.timeDeltas?.[i] ?? 0;
      const stack: string[] = [];
      for (let cur: number | undefined = id; cur !== undefined; cur = nodes.get(cur)?.parent)
        stack.push(nodes.get(cur)?.name ?? '?');
      out.push({ ts, stack });
    });
  }
  return out;
}

const SIZES: Record<string, number> = { '100KB': 100_000, '1MB': 1_000_000, '5MB': 5_000_000 };
const LONG_MS = Number(process.env.LONG_MS ?? 40);
/** `SAMPLES=0` leaves the sampling profiler out: true durations, without the stacks. */
const PROFILER = [
  process.env.SAMPLES === '0' ? '' : 'disabled-by-default-v8.cpu_profiler',
  'blink_gc',
].join(',');

const label = (e: Event) => {
  const data = e.args?.data;
  const file = data?.url?.split('/').pop();
  const what = [data?.functionName, file, data?.type].filter(Boolean).join(' ');
  return what ? `${e.name} (${what})` : e.name;
};

/** Each long task that ran script, with the self time of what ran inside it. */
function report(events: Event[]): void {
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === parse?.pid,
  );
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.pid === main?.pid)?.ts ?? 0;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= dcl);
  const long = tasks.filter((t) => (t.dur ?? 0) / 1000 > LONG_MS);
  const samples = main ? samplesOf(events, main.pid) : [];
  console.log(`${tasks.length} tasks after DOMContentLoaded; over ${LONG_MS} ms:`);
  for (const task of long) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
    // Self time: an event's duration minus that of the events directly inside it.
    const self = new Map<string, number>();
    const stack: { e: Event; end: number; children: number }[] = [];
    const close = () => {
      const top = stack.pop();
      if (!top) return;
      const t = ((top.e.dur ?? 0) - top.children) / 1000;
      self.set(label(top.e), (self.get(label(top.e)) ?? 0) + t);
      const parent = stack[stack.length - 1];
      if (parent) parent.children += top.e.dur ?? 0;
    };
    for (const e of inside) {
      while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= e.ts) close();
      stack.push({ e, end: e.ts + (e.dur ?? 0), children: 0 });
    }
    while (stack.length) close();
    const script = inside.some((e) => /FunctionCall|v8\.|Fire|TimerFire/.test(e.name));
    console.log(
      `\n+${((task.ts - dcl) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms${script ? '' : ' (no script)'}`,
    );
    for (const [what, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8))
      if (t >= 1) console.log(`  ${t.toFixed(1).padStart(7)} ms  ${what}`);
    // Sampled stacks in the task: self (top frame) and inclusive (any frame), by share.
    const inTask = samples.filter((x) => x.ts >= task.ts && x.ts < end);
    const top = new Map<string, number>();
    const incl = new Map<string, number>();
    for (const x of inTask) {
      top.set(x.stack[0] ?? '?', (top.get(x.stack[0] ?? '?') ?? 0) + 1);
      for (const f of new Set(x.stack)) incl.set(f, (incl.get(f) ?? 0) + 1);
    }
    const share = (n: number) => `${Math.round((100 * n) / Math.max(1, inTask.length))}%`;
    const list = (m: Map<string, number>, n: number) =>
      [...m]
        .filter(([f]) => !/^\((root|program)\)/.test(f))
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([f, c]) => `${share(c)} ${f}`)
        .join('; ');
    if (inTask.length) {
      console.log(`  samples ${inTask.length}; self: ${list(top, 6)}`);
      console.log(`  inclusive: ${list(incl, 10)}`);
    }
  }
}

async function main(): Promise<void> {
  const size = SIZES[process.argv[2] ?? '5MB'] ?? 5_000_000;
  const html = buildPage('profile', size, paragraphsOf(findSeeds(ROOT).texts)).html;
  const session = await launch();
  try {
    await session.context.route('https://nos.nl/bench/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: route.request().url().endsWith('/blank.html') ? '<!doctype html><p>blank</p>' : html,
      }),
    );
    const control = await session.context.newPage();
    await control.goto(extensionUrl(OPTIONS_PAGE));
    for (const round of [0, 1]) {
      const page = await session.context.newPage();
      await page.goto('https://nos.nl/bench/blank.html', { waitUntil: 'commit' });
      const cdp = await session.context.newCDPSession(page);
      const stop = round === 1 ? await startTrace(cdp, PROFILER) : null;
      const started = Date.now();
      await page.goto('https://nos.nl/bench/page.html', { waitUntil: 'domcontentloaded' });
      while (!(await lastReferenceFound(control, page.url())) && Date.now() - started < 120_000)
        await new Promise((r) => setTimeout(r, 100));
      console.log(`round ${round}: last reference found ${Date.now() - started} ms after start`);
      await new Promise((r) => setTimeout(r, 1000));
      if (stop) report((await stop()) as Event[]);
      await page.close();
    }
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
