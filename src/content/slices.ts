/** Budget per slice: well under the 50 ms that makes a long task, leaving room for the page. */
const SLICE_MS = 8;
/** Items between looks at the clock: one step is short, and reading the clock is not free. */
const STEPS_PER_CHECK = 8;

/** Resolves in the browser's next idle period (or soon, where there is no idle callback). */
export function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Resolves in a background-priority task (Prioritized Task Scheduling: after input, rendering
 * and the page's own tasks), else in the next idle period. An idle callback asked for inside an
 * idle period waits for the next one (Chromium's are up to 50 ms long), so a scan in 8 ms idle
 * slices would spend most of its wall time waiting; background tasks follow each other at once
 * while nothing else is to be done.
 */
function nextSlice(): Promise<void> {
  // The content script's own global: the page cannot replace it.
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => undefined, { priority: 'background' });
  return nextIdle();
}

/**
 * Runs `step` until it returns false, in short slices of background or idle time, so a page
 * with megabytes of text never sees a long task. The first slice waits for an idle period (the
 * page has loaded and drawn). Stops when `signal` aborts.
 */
export async function runInSlices(step: () => boolean, signal: AbortSignal): Promise<void> {
  for (let first = true; ; first = false) {
    await (first ? nextIdle() : nextSlice());
    if (signal.aborted) return;
    const deadline = performance.now() + SLICE_MS;
    do {
      for (let i = 0; i < STEPS_PER_CHECK; i++) if (!step()) return;
    } while (performance.now() < deadline);
  }
}
