import type { Detection, Detector } from '../core/detect';
import type { PageDate, TabState } from '../core/messages';
import { reportDetections } from '../platform/ask-background';
import { isMarkingOn, type Settings } from '../core/settings';
import { HighlightLayer } from './highlights';
import type { PlacedMark } from './mark-index';
import { LazyPopover } from './lazy-popover';
import { SessionSummary } from './page-summary';
import { MarkingSession } from './session';
import { isTyping } from './typing';

/**
 * A key press the page saw and the browser's command for the same press can both arrive (a
 * command bound to the same keys): one from the other path within this time is the same press.
 * Presses on one path are never merged, so a reader tapping quickly moves every time.
 */
const SAME_PRESS_MS = 400;

type CardModule = typeof import('./card');
let cardModule: Promise<CardModule> | null = null;
/**
 * Opening cards and stepping (./card) load on first use or once the page has marks; a failed
 * load (the extension went away) is forgotten, so a later call tries again.
 */
const loadCard = () =>
  (cardModule ??= import('./card').catch((error: unknown) => {
    cardModule = null;
    throw error;
  }));

/** Options that change what is marked among what was found. */
const SCAN_OPTIONS = ['markDocuments', 'markTerms', 'markEveryTerm'] as const;

/**
 * Kamerlens on one page: follows the settings, owns the marking session and the popover, and
 * answers the popup. Switching off ends the session, so nothing of ours stays behind.
 */
export class Controller {
  private readonly popover = new LazyPopover(document, () => void this.alive());
  private session: MarkingSession | null = null;
  private settings: Settings | null = null;
  private userDate: string | null = null;
  private returnFocus: HTMLElement | null = null;
  /**
   * The reference moved to last by the keyboard or the popup (marks are made afresh for each
   * move, their detections stay); next/previous go on from it while it is in view.
   */
  private cursor: Detection | null = null;
  private revoked = false;
  /** When and by which path (page key or browser command) the last move happened. */
  private lastStep: { at: number; by: 'key' | 'command' } = { at: -Infinity, by: 'key' };
  /**
   * The open card came from hovering, so leaving the mark closes it. A card the keyboard or the
   * popup opened stays until Escape, even when a leave the pointer began earlier comes due.
   */
  private openedByHover = false;
  private readonly keys = new AbortController();
  /** References already recorded in the research trail during this page load. */
  private readonly recorded = new Set<string>();
  /** What the popup and side panel list, kept while the session's index does not change. */
  private readonly summary: SessionSummary;

  constructor(
    private readonly detect: Detector,
    /** Rejects when its code cannot load (the extension went away). */
    private readonly readPageDate: (userPick: string | null) => Promise<PageDate>,
    /** Called whenever the page changed; lets the caller notice in-page navigation. */
    private readonly onPageChanged: () => void = () => undefined,
    private readonly doc: Document = document,
    /** Whether the extension is still there (false once it was updated or removed). */
    private readonly alive: () => boolean = () => true,
  ) {
    this.summary = new SessionSummary(detect.context);
    doc.addEventListener('keydown', (e) => this.onKey(e), {
      capture: true,
      signal: this.keys.signal,
    });
  }

  /**
   * The extension went away under this script (update, reload, removal): take out highlights,
   * popover host, observers and listeners, and tell no one (the background is gone too).
   */
  standDown(): void {
    this.revoked = true;
    this.keys.abort();
    this.session?.end();
    this.session = null;
    this.popover.destroy();
  }

  /**
   * The page came back from the back/forward cache: a popover left open is stale (closed), and
   * the toolbar badge, cleared by the browser, is set again.
   */
  restored(): void {
    this.closePopover(false);
    if (this.session) this.reportFound();
  }

  /** The user took back access to this site: stop until the page is loaded again. */
  revoke(): void {
    this.revoked = true;
    this.stop();
  }

  apply(settings: Settings): void {
    if (this.revoked) return;
    const before = this.settings;
    this.settings = settings;
    const wanted = isMarkingOn(settings, location.hostname);
    const remark = before !== null && SCAN_OPTIONS.some((k) => before[k] !== settings[k]);
    if (this.session && !wanted) this.stop();
    if (this.session && remark) this.session.remark(settings);
    if (wanted && !this.session) this.start();
  }

  /** After in-page navigation the page is a new one: a fresh session, date and cursor. */
  navigated(): void {
    this.userDate = null;
    if (this.session && this.settings) {
      this.stop();
      this.start();
    }
  }

  private start(): void {
    if (!HighlightLayer.supported()) return;
    this.cursor = null;
    const session = new MarkingSession(this.detect, () => this.settings as Settings, {
      onHoverIntent: (mark) => {
        if (this.alive()) void this.openPopover(mark, false);
      },
      onHoverLeave: () => {
        if (this.openedByHover) this.closePopover(false);
      },
      isInPopover: (target) => target !== null && target === this.popover.element,
      onFound: () => this.reportFound(),
    });
    this.session = session;
    void session.start().then(() => {
      if (this.session !== session || !session.index.hasMarks()) return;
      this.popover.preload();
      // The page date's and the card's code too, so the first popover waits for neither.
      this.pageDate().catch(() => undefined);
      loadCard().catch(() => undefined);
    });
  }

  /** Scans the whole page again (the detector can read more now); marks stay until replaced. */
  rescan(): void {
    this.session?.rescan();
  }

  stop(): void {
    this.session?.end();
    this.session = null;
    this.popover.destroy();
    this.reportFound();
  }

  private pageDate(): Promise<PageDate> {
    return this.readPageDate(this.userDate);
  }

  private async openPopover(mark: PlacedMark, focus: boolean): Promise<void> {
    const settings = this.settings;
    const session = this.session;
    if (!settings || !session) return;
    let pageDate: PageDate;
    let card: CardModule;
    try {
      [pageDate, card] = await Promise.all([this.pageDate(), loadCard()]);
    } catch {
      // Its code could not load (the extension went away): no popover, and no error in the page.
      void this.alive();
      return;
    }
    if (this.session !== session) return;
    session.layer.setActive(mark.range);
    this.openedByHover = !focus;
    await card.openCard(this.popover, mark, {
      settings,
      dark: session.layer.dark,
      pageDate,
      aboutRegulation: session.isAboutRegulation(),
      doc: this.doc,
      focus,
      recorded: this.recorded,
      onPickDate: (date) => {
        this.userDate = date;
      },
      onClose: () => this.closePopover(true),
    });
  }

  private closePopover(restoreFocus: boolean): void {
    this.popover.close();
    this.session?.layer.setActive(null);
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }

  /** Focus is in a text field, on the page or in our popover (its date field). */
  private typing(): boolean {
    return isTyping(this.doc, (host) => this.popover.rootOf(host));
  }

  private onKey(event: KeyboardEvent): void {
    // Keys the page synthesizes (isTrusted false) neither open, move nor close the popover.
    if (!event.isTrusted || !this.alive()) return;
    if (event.key === 'Escape' && this.popover.isOpen()) {
      this.closePopover(true);
      return;
    }
    // Alt+Shift+K / Alt+Shift+J: next / previous reference (by key position, for any layout).
    if (!this.session || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyK' && event.code !== 'KeyJ') return;
    if (this.typing()) return;
    event.preventDefault();
    event.stopPropagation();
    if (this.samePress('key')) return;
    this.step(event.code === 'KeyK' ? 1 : -1, 'key');
  }

  /**
   * The browser's keyboard command (manifest `commands`, rebindable) for next/previous. The
   * page-level keys above stay for browsers that do not pass the default keys to commands.
   */
  command(direction: 1 | -1): void {
    if (this.samePress('command') || this.typing()) return;
    this.step(direction, 'command');
  }

  /** The other path already moved for this press (see SAME_PRESS_MS). */
  private samePress(by: 'key' | 'command'): boolean {
    return this.lastStep.by !== by && performance.now() - this.lastStep.at < SAME_PRESS_MS;
  }

  /** The marks next/previous move through: all, or documents only (an option). */
  private stepMarks(): PlacedMark[] {
    const marks = this.session?.index.marks() ?? [];
    return this.settings?.stepDocumentsOnly
      ? marks.filter((m) => m.detection.kind !== 'term')
      : marks;
  }

  private step(direction: 1 | -1, by: 'key' | 'command'): void {
    this.lastStep = { at: performance.now(), by };
    loadCard().then(
      (card) => {
        const marks = this.stepMarks();
        const current = marks.findIndex((m) => m.detection === this.cursor);
        const at = card.stepAmong(
          marks,
          direction,
          current,
          this.doc.defaultView?.innerHeight ?? 0,
        );
        const mark = marks[at];
        if (!mark) return;
        this.cursor = mark.detection;
        this.reveal(mark);
      },
      () => void this.alive(),
    );
  }

  private reveal(mark: PlacedMark): void {
    if (!this.popover.isOpen() && this.doc.activeElement instanceof HTMLElement) {
      this.returnFocus = this.doc.activeElement;
    }
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void this.openPopover(this.session?.show(mark) ?? mark, true);
  }

  /** Opens the first occurrence of a reference (asked by the popup). */
  revealId(id: string): boolean {
    const marks = this.session?.index.marks() ?? [];
    const at = marks.findIndex((m) => m.detection.id === id || m.detection.named === id);
    const mark = marks[at];
    if (!mark) return false;
    this.cursor = mark.detection;
    this.reveal(mark);
    return true;
  }

  private reportFound(): void {
    this.onPageChanged();
    // Terms out of context are never documents: the count needs no page-level decision.
    void reportDetections(this.session?.index.documentCount() ?? 0);
  }

  async state(): Promise<TabState> {
    const pageDate = await this.pageDate();
    return {
      url: location.href,
      host: location.hostname,
      markingOn: this.session !== null,
      pageDate,
      // Without terms out of context (the page-level decision), summed up by reference.
      detections: this.summary.of(this.session?.index),
      aboutRegulation: this.session?.isAboutRegulation() ?? false,
    };
  }
}
