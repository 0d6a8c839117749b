interface ChromeRuntime {
  id?: string;
}

/** How often an idle page checks that the extension is still there: a property read, no more. */
const CHECK_MS = 1000;

/**
 * Whether the extension that injected this script is still there. After an update, reload or
 * removal the old script keeps running in the page, but its runtime is gone: `runtime.id` is
 * undefined (Chrome), or reading it throws (a dead object in Firefox).
 */
export function extensionAlive(): boolean {
  try {
    return Boolean((globalThis as { chrome?: { runtime?: ChromeRuntime } }).chrome?.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Notices, once, that the extension went away under this content script, and calls `onGone`
 * so the script can take everything of its own out of the page without a word in its console.
 *
 * Chromium does not tell an orphaned script (a port to the background is not even disconnected
 * in it), so it looks: every input path asks `check()` before it acts, and a timer reads
 * `runtime.id` once a second (browsers slow such timers further in background tabs).
 */
export class ExtensionLife {
  private gone = false;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly onGone: () => void) {
    this.timer = setInterval(() => this.check(), CHECK_MS);
  }

  /** True while the extension is there; otherwise stands down (once) and returns false. */
  check(): boolean {
    if (this.gone) return false;
    if (extensionAlive()) return true;
    this.gone = true;
    clearInterval(this.timer);
    try {
      this.onGone();
    } catch {
      // Taking down what is left must never surface in the page.
    }
    return false;
  }
}
