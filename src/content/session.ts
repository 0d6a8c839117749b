import type { Detector } from '../core/detect';
import type { Settings } from '../core/settings';
import { DomWatch } from './dom-watch';
import { HighlightLayer } from './highlights';
import { watchHover } from './hover';
import { MarkIndex, type PlacedMark } from './mark-index';
import { PageScan } from './page-scan';
import { isDarkPage } from './page-theme';
import { ViewportMarks } from './viewport-marks';

export interface SessionEvents {
  /** The pointer rested on a mark. */
  onHoverIntent(mark: PlacedMark): void;
  /** The pointer left the mark and the popover. */
  onHoverLeave(): void;
  isInPopover(target: EventTarget | null): boolean;
  /** What was found on the page changed (after a scan or rescan). */
  onFound(): void;
}

/**
 * One period of marking on a page: from switching on (or a navigation) to switching off.
 * Everything it sets up hangs on one AbortSignal, and `end()` leaves nothing behind.
 */
export class MarkingSession {
  readonly index = new MarkIndex();
  readonly layer: HighlightLayer;
  private readonly viewport: ViewportMarks;
  private readonly scan: PageScan;
  private readonly watch: DomWatch;
  private readonly controller = new AbortController();
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    detect: Detector,
    private readonly settings: () => Settings,
    private readonly events: SessionEvents,
    private readonly doc: Document = document,
  ) {
    const signal = this.controller.signal;
    this.layer = new HighlightLayer(isDarkPage(doc));
    this.viewport = new ViewportMarks(this.layer);
    this.watch = new DomWatch({
      rescan: (root) => void this.scan.scan(root),
      // Queued like a rescan: what it held goes in the same task as the rescan's new marks.
      removed: (root) => void this.scan.scan(root),
    });
    this.scan = new PageScan(
      detect,
      this.index,
      this.viewport,
      settings(),
      signal,
      (shadow) => this.adoptShadowRoot(shadow),
      () => {
        this.watchHoverOnce();
        events.onFound();
      },
    );
  }

  /** Whether hover watching is set up or on its way (see `watchHoverOnce`). */
  private hovering = false;
  /** The shadow-root styles' module, once a shadow root of the page holds marks. */
  private shadowStyles: Promise<typeof import('./shadow-styles')> | null = null;

  /**
   * Hover intent is watched from the start, with the hover code in the content script itself:
   * loaded later, it missed a pointer already resting on a mark painted before it arrived, and a
   * card must open within 1 s of the pointer resting on a mark (CONTRACT §4).
   */
  private watchHoverOnce(): void {
    if (this.hovering) return;
    this.hovering = true;
    const { events } = this;
    watchHover(
      this.viewport,
      () => this.settings().hoverDelayMs,
      {
        onIntent: (mark) => events.onHoverIntent(mark),
        onLeave: () => events.onHoverLeave(),
        isInPopover: (target) => events.isInPopover(target),
        shadowRoots: () => [...this.shadowRoots],
      },
      this.controller.signal,
      this.doc,
    );
  }

  start(): Promise<void> {
    this.watchHoverOnce();
    this.watch.watch(this.doc.documentElement);
    return this.scan.scan(this.doc.body ?? this.doc.documentElement);
  }

  /** Queues the whole page for a rescan, like a change to all of it. */
  rescan(): void {
    void this.scan.scan(this.doc.body ?? this.doc.documentElement);
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    // `::highlight()` rules do not cross into shadow trees: the styles go in with the first
    // marks there. Rare on the pages we read, so their code (and a copy of the CSS) loads then.
    this.shadowStyles ??= import('./shadow-styles');
    const { signal } = this.controller;
    this.shadowStyles.then(
      ({ adoptHighlightStyles }) => {
        if (!signal.aborted && this.shadowRoots.has(shadow)) adoptHighlightStyles(shadow);
      },
      () => undefined,
    );
    this.watch.watch(shadow);
  }

  /** New marking options (documents, terms, every occurrence) for what is already found. */
  remark(settings: Settings): void {
    this.scan.remark(settings);
  }

  /**
   * Puts a mark's highlight in place now, even if it is still off screen; returns the mark as
   * shown, the same object a hover over it finds.
   */
  show(mark: PlacedMark): PlacedMark {
    return this.viewport.shown(mark);
  }

  end(): void {
    this.controller.abort();
    this.watch.disconnect();
    this.viewport.clear();
    this.layer.clear();
    this.index.clear();
    const roots = [...this.shadowRoots];
    this.shadowRoots.clear();
    void this.shadowStyles?.then(({ removeHighlightStyles }) => {
      for (const shadow of roots) removeHighlightStyles(shadow);
    });
  }

  /** Whether the page is about the regulation as its marks have it now (PageScan). */
  isAboutRegulation(): boolean {
    return this.scan.isAboutRegulation();
  }
}
