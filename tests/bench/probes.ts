import type { CDPSession, Page } from 'playwright-core';
import { LAST_ID } from './bench-pages';

/** Cumulative main-thread counters of a page's renderer (CDP `Performance.getMetrics`), in ms. */
export interface Metrics {
  task: number;
  script: number;
  layout: number;
  style: number;
}

export async function metricsOf(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
  };
}

export const minus = (a: Metrics, b: Metrics): Metrics => ({
  task: a.task - b.task,
  script: a.script - b.script,
  layout: a.layout - b.layout,
  style: a.style - b.style,
});

/** The renderer's used JS heap after a full garbage collection (all worlds share the isolate). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Long tasks the page's own observer saw since `since` (ms after navigation start). */
export function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((from) => {
    const tasks = (window as unknown as { benchLongTasks?: { start: number; duration: number }[] })
      .benchLongTasks;
    return Math.max(0, ...(tasks ?? []).filter((t) => t.start >= from).map((t) => t.duration));
  }, since);
}

/** When the document finished loading, in ms after navigation start. */
export function loadedAt(page: Page): Promise<{ domContentLoaded: number; load: number }> {
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { domContentLoaded: nav?.domContentLoadedEventEnd ?? 0, load: nav?.loadEventEnd ?? 0 };
  });
}

/**
 * In the page: resolves with the time (ms after navigation start) of the first frame in which
 * a range of Kamerlens' document highlight lies inside `#last`, checking once per frame.
 */
export function lastMarkedAt(page: Page, timeoutMs: number): Promise<number | null> {
  return page.evaluate(
    (timeout) =>
      new Promise<number | null>((resolve) => {
        const last = document.getElementById('last');
        const started = performance.now();
        const check = (now: number) => {
          const highlight = CSS.highlights.get('kamerlens-document');
          let found = false;
          highlight?.forEach((r) => {
            if (!found && last?.contains(r.startContainer)) found = true;
          });
          if (found) resolve(now);
          else if (now - started > timeout) resolve(null);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    timeoutMs,
  );
}

/**
 * In the page: arms a probe that notes the first pointermove and then, once per frame, whether
 * Kamerlens' popover shows a reference. Resolves with the time from that pointer event to the
 * start of the frame in which the popover was first visible (it is painted in that frame).
 */
export function armPopoverProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { popoverProbe?: Promise<number | null> };
    w.popoverProbe = new Promise((resolve) => {
      let moved: number | null = null;
      addEventListener('pointermove', (e) => (moved ??= e.timeStamp), { capture: true });
      // The popover's root is closed: the page sees only its host (tag `kamerlens-…`) shown in
      // the top layer, which happens once the card is rendered.
      const visible = () => {
        const host = [...document.documentElement.children].find((e) =>
          e.localName.startsWith('kamerlens-'),
        );
        return !!host && host.matches(':popover-open') && host.getBoundingClientRect().width > 0;
      };
      const check = (now: number) => {
        if (moved !== null && visible()) resolve(now - moved);
        else if (moved !== null && now - moved > 10_000) resolve(null);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
}

export function popoverProbeResult(page: Page): Promise<number | null> {
  return page.evaluate(
    () => (window as unknown as { popoverProbe?: Promise<number | null> }).popoverProbe ?? null,
  );
}

/**
 * The first registered document mark in reading order, scrolled into view: its centre (near its
 * start), or null when nothing is marked.
 */
export async function firstMarkPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(async () => {
    let first: AbstractRange | null = null;
    CSS.highlights.get('kamerlens-document')?.forEach((r) => {
      if (!first) first = r;
      else if (
        first.startContainer !== r.startContainer &&
        first.startContainer.compareDocumentPosition(r.startContainer) &
          Node.DOCUMENT_POSITION_PRECEDING
      )
        first = r;
    });
    const mark = first as AbstractRange | null;
    if (!mark) return null;
    const range = document.createRange();
    range.setStart(mark.startContainer, mark.startOffset);
    range.setEnd(mark.endContainer, mark.endOffset);
    mark.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = range.getClientRects()[0];
    return box ? { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 } : null;
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Starts a DevTools trace of the page's renderer (timeline and V8 events, and `extraCategories`).
 * `v8.execute` holds `RunMicrotasks`: the content script's code after each `await` (its whole
 * scan) runs in microtasks, which no timeline event covers; without it that time was "other".
 */
export async function startTrace(
  cdp: CDPSession,
  extraCategories = '',
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) =>
    events.push(...(e.value as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    categories: [
      'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute',
      extraCategories,
    ]
      .filter(Boolean)
      .join(','),
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** Events that run JavaScript inside a task; on these pages only Kamerlens runs any to speak of. */
const SCRIPT_EVENTS = new Set([
  'v8.callFunction',
  'v8.evaluateModule',
  'v8.compileModule',
  'FunctionCall',
  'RunMicrotasks',
  'FireIdleCallback',
  'TimerFire',
  'FireAnimationFrame',
]);

/** The complete events on the measured page's main thread, and when DOMContentLoaded came. */
function mainThread(events: TraceEvent[]): { onMain: TraceEvent[]; dcl: number } {
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === parse?.pid,
  );
  const onMain = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X',
  );
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.pid === main?.pid)?.ts ?? 0;
  return { onMain, dcl };
}

/**
 * From a trace of one page load: the longest main-thread task after DOMContentLoaded, and the
 * longest such task that ran script (the page's own scripts are negligible, so: ours), with the
 * events that took most of that one (self time in ms, at most four), to tell what it was.
 */
export function longestTasks(events: TraceEvent[]): {
  any: number;
  withScript: number;
  withScriptWent: string;
} {
  const { onMain, dcl } = mainThread(events);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= dcl);
  const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
  let any = 0;
  let withScript = 0;
  let longest: TraceEvent | undefined;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    any = Math.max(any, (task.dur ?? 0) / 1000);
    if ((task.dur ?? 0) / 1000 > withScript && scripts.some((s) => s.ts >= task.ts && s.ts < end)) {
      withScript = (task.dur ?? 0) / 1000;
      longest = task;
    }
  }
  return { any, withScript, withScriptWent: longest ? selfTimes(onMain, longest) : '' };
}

/** The events inside `task` that took most of it, by self time: "Layout 40, v8.callFunction 9". */
function selfTimes(onMain: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = onMain
    .filter((e) => e.ts >= task.ts && e.ts < end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { event: TraceEvent; end: number; children: number }[] = [];
  const close = () => {
    const top = stack.pop();
    if (!top) return;
    const name = top.event.name;
    self.set(name, (self.get(name) ?? 0) + ((top.event.dur ?? 0) - top.children) / 1000);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += top.event.dur ?? 0;
  };
  for (const event of inside) {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= event.ts) close();
    stack.push({ event, end: event.ts + (event.dur ?? 0), children: 0 });
  }
  while (stack.length > 0) close();
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, t]) => `${name} ${Math.round(t)}`)
    .join(', ');
}

/** Where main-thread time goes, in ms: the self time of trace events, grouped. */
export interface TimeBreakdown {
  script: number;
  gc: number;
  styleLayout: number;
  paint: number;
  other: number;
}

const GROUP_OF: Record<string, keyof TimeBreakdown> = {
  'v8.callFunction': 'script',
  'v8.evaluateModule': 'script',
  'v8.compileModule': 'script',
  'v8.compile': 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'styleLayout',
  Layout: 'styleLayout',
  'IntersectionObserverController::computeIntersections': 'styleLayout',
  PrePaint: 'paint',
  Paint: 'paint',
  Commit: 'paint',
};

/**
 * Self time of the main thread's trace events after DOMContentLoaded, by kind. Unlike CDP's
 * ScriptDuration, script here includes the content script's idle callbacks and the microtasks its
 * `await`s resume in (most of its scan), and V8's compiling; GC counts V8's and
 * Blink's collectors (`other` holds, among the rest, the many small sweeping tasks a full GC of
 * a large DOM posts).
 */
export function breakdown(events: TraceEvent[]): TimeBreakdown {
  const { onMain, dcl } = mainThread(events);
  const sorted = onMain
    .filter((e) => e.ts >= dcl)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals: TimeBreakdown = { script: 0, gc: 0, styleLayout: 0, paint: 0, other: 0 };
  const stack: { event: TraceEvent; end: number; children: number }[] = [];
  const close = () => {
    const top = stack.pop();
    if (!top) return;
    const self = ((top.event.dur ?? 0) - top.children) / 1000;
    const name = top.event.name;
    // V8's other events (compiling, tiering up, interrupts) are the script's own cost.
    const group = name.includes('GC')
      ? 'gc'
      : (GROUP_OF[name] ?? (name.startsWith('V8.') ? 'script' : 'other'));
    totals[group] += self;
    const parent = stack[stack.length - 1];
    if (parent) parent.children += top.event.dur ?? 0;
  };
  for (const event of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= event.ts) close();
    stack.push({ event, end: event.ts + (event.dur ?? 0), children: 0 });
  }
  while (stack.length > 0) close();
  return totals;
}

/**
 * Whether the content script of the tab showing `url` reports the bench page's last reference
 * (`LAST_ID`), asked from the extension page `control` through `get-tab-state`: the end of a scan.
 */
export async function lastReferenceFound(control: Page, url: string): Promise<boolean> {
  return control.evaluate(
    async ({ want, id }) => {
      type Tabs = {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(
          i: number,
          m: unknown,
        ): Promise<{ url?: string; detections?: { id: string }[] }>;
      };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      for (const tab of await tabs.query({})) {
        if (tab.id === undefined) continue;
        const s = await tabs.sendMessage(tab.id, { type: 'get-tab-state' }).catch(() => null);
        if (s?.url === want) return (s.detections ?? []).some((d) => d.id === id);
      }
      return false;
    },
    { want: url, id: LAST_ID },
  );
}
