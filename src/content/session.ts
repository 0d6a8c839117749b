import type { Detector } from '../core/detect';
import type { Settings } from '../core/settings';
import { DomWatch } from './dom-watch';
import { HighlightLayer } from './highlights';
import { watchHover } from './hover';
import { MarkIndex, type PlacedMark } from './mark-index';
import { PageScan } from './page-scan';
import { isDarkPage } from './page-theme';
import { adoptHighlightStyles, removeHighlightStyles } from './shadow-styles';
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
    events: SessionEvents,
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
      () => events.onFound(),
    );
    watchHover(
      this.viewport,
      () => this.settings().hoverDelayMs,
      {
        onIntent: (mark) => events.onHoverIntent(mark),
        onLeave: () => events.onHoverLeave(),
        isInPopover: (target) => events.isInPopover(target),
        shadowRoots: () => [...this.shadowRoots],
      },
      signal,
      doc,
    );
  }

  start(): Promise<void> {
    this.watch.watch(this.doc.documentElement);
    return this.scan.scan(this.doc.body ?? this.doc.documentElement);
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    adoptHighlightStyles(shadow);
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
    for (const shadow of this.shadowRoots) removeHighlightStyles(shadow);
    this.shadowRoots.clear();
  }
}
