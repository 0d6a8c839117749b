import type { Detector } from '../core/detect';
import { summariseDetections, type PageDate, type TabState } from '../core/messages';
import { isMarkingOn, type Settings } from '../core/settings';
import { resolveLang } from '../ui/i18n';
import { liveRange } from './hit-test';
import { HighlightLayer } from './highlights';
import { watchHover } from './hover';
import { MarkIndex, type PlacedMark } from './mark-index';
import { PageScan } from './page-scan';
import { PopoverHost } from './popover-host';

/**
 * Everything Kamerlens does on one page, switched on and off as a whole. Switching off aborts
 * every listener and clears every highlight, so nothing of ours stays behind.
 */
export class Controller {
  private readonly layer = new HighlightLayer();
  private readonly index = new MarkIndex();
  private readonly popover = new PopoverHost();
  private scan: PageScan | null = null;
  private session: AbortController | null = null;
  private settings: Settings | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly detect: Detector,
    private readonly pageDate: () => PageDate,
    private readonly doc: Document = document,
  ) {}

  get on(): boolean {
    return this.session !== null;
  }

  apply(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    const wanted = isMarkingOn(settings, location.hostname);
    const optionsChanged =
      before !== null &&
      (before.markDocuments !== settings.markDocuments ||
        before.markTerms !== settings.markTerms ||
        before.markEveryTerm !== settings.markEveryTerm);
    if (this.on && (!wanted || optionsChanged)) this.stop();
    if (wanted && !this.on) this.start(settings);
  }

  private start(settings: Settings): void {
    if (!HighlightLayer.supported()) return;
    const session = new AbortController();
    this.session = session;
    this.scan = new PageScan(this.detect, this.index, this.layer, settings);
    void this.scan.run(this.doc.body ?? this.doc.documentElement, session.signal);
    watchHover(
      this.index,
      () => this.settings?.hoverDelayMs ?? 300,
      {
        onIntent: (mark) => void this.openPopover(mark, false),
        onLeave: () => this.closePopover(false),
        isInPopover: (target) => target !== null && target === this.popover.element,
      },
      session.signal,
      this.doc,
    );
    this.doc.addEventListener('keydown', (e) => this.onKey(e), {
      capture: true,
      signal: session.signal,
    });
  }

  stop(): void {
    this.session?.abort();
    this.session = null;
    this.scan = null;
    this.popover.destroy();
    this.layer.clear();
    this.index.clear();
  }

  private async openPopover(mark: PlacedMark, focus: boolean): Promise<void> {
    const settings = this.settings;
    if (!settings) return;
    const lang = resolveLang(settings.language, navigator.language);
    const anchor = liveRange(mark.range);
    this.layer.setActive(mark.range);
    await this.popover.open(anchor, {
      refId: mark.detection.id,
      refKind: mark.detection.kind,
      text: mark.detection.text,
      lang,
      onClose: () => this.closePopover(true),
    });
    if (focus)
      this.popover.element?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  private closePopover(restoreFocus: boolean): void {
    this.popover.close();
    this.layer.setActive(null);
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.popover.isOpen()) {
      this.closePopover(true);
      return;
    }
    // Alt+Shift+K / Alt+Shift+J: next / previous reference (by key position, for any layout).
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      if (event.code === 'KeyK' || event.code === 'KeyJ') {
        event.preventDefault();
        this.step(event.code === 'KeyK' ? 1 : -1);
      }
    }
  }

  private cursor = -1;

  private step(direction: 1 | -1): void {
    const marks = this.index.all();
    if (marks.length === 0) return;
    if (!this.popover.isOpen() && this.doc.activeElement instanceof HTMLElement) {
      this.returnFocus = this.doc.activeElement;
    }
    this.cursor = (this.cursor + direction + marks.length) % marks.length;
    const mark = marks[this.cursor];
    if (!mark) return;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void this.openPopover(mark, true);
  }

  state(): TabState {
    return {
      url: location.href,
      host: location.hostname,
      markingOn: this.on,
      pageDate: this.pageDate(),
      detections: summariseDetections(this.scan?.found ?? []),
    };
  }
}
