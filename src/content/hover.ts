import { markAtPoint, type MarkLookup } from './hit-test';
import type { PlacedMark } from './mark-index';

export interface HoverCallbacks {
  /** The pointer rested on a mark for the hover delay. */
  onIntent(mark: PlacedMark): void;
  /** The pointer left both the mark and the popover for the grace period. */
  onLeave(): void;
  /** Is this event target inside our popover? */
  isInPopover(target: EventTarget | null): boolean;
  /** The page's open shadow roots that hold marks. */
  shadowRoots(): ShadowRoot[];
}

/** Time allowed to move from a mark into its popover (WCAG 1.4.13: hoverable). */
const GRACE_MS = 400;

/**
 * Hover intent over marks. Hit-testing runs at most once per frame, whatever the rate of
 * pointer events, because the caret lookup costs more on very large pages.
 */
export function watchHover(
  marks: MarkLookup,
  delayMs: () => number,
  callbacks: HoverCallbacks,
  signal: AbortSignal,
  doc: Document = document,
): void {
  let frame = 0;
  let lastEvent: PointerEvent | null = null;
  let current: PlacedMark | null = null;
  let intentTimer = 0;
  let leaveTimer = 0;

  const cancelLeave = () => {
    clearTimeout(leaveTimer);
    leaveTimer = 0;
  };
  const scheduleLeave = () => {
    if (!leaveTimer)
      leaveTimer = window.setTimeout(() => ((leaveTimer = 0), callbacks.onLeave()), GRACE_MS);
  };

  const evaluate = () => {
    frame = 0;
    const event = lastEvent;
    if (!event) return;
    if (callbacks.isInPopover(event.target)) {
      clearTimeout(intentTimer);
      cancelLeave();
      return;
    }
    const mark = markAtPoint(marks, event.clientX, event.clientY, callbacks.shadowRoots(), doc);
    if (mark === current) return;
    current = mark;
    clearTimeout(intentTimer);
    if (mark) {
      cancelLeave();
      intentTimer = window.setTimeout(() => callbacks.onIntent(mark), delayMs());
    } else {
      scheduleLeave();
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      // Only the reader's own pointer: a page-made event (isTrusted false) never opens anything.
      if (!event.isTrusted) return;
      lastEvent = event;
      if (!frame) frame = requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(intentTimer);
    cancelLeave();
  });
}
