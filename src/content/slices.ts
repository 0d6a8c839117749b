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

/**
 * Runs `step` over an iterator in short slices in idle time, so a page with megabytes of text
 * never sees a long task. Stops when `signal` aborts.
 */
export async function runInSlices<T>(
  items: Iterator<T>,
  step: (item: T) => void,
  signal: AbortSignal,
): Promise<void> {
  for (;;) {
    await nextIdle();
    if (signal.aborted) return;
    const deadline = performance.now() + SLICE_MS;
    do {
      for (let i = 0; i < STEPS_PER_CHECK; i++) {
        const next = items.next();
        if (next.done) return;
        step(next.value);
      }
    } while (performance.now() < deadline);
  }
}
