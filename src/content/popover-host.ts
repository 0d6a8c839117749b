import type { VirtualElement } from '@floating-ui/dom';
import type { PopoverContent } from '../ui/popover/mount';
import { unpredictableTag } from './host-tag';
import { nextIdle } from './slices';

const HOST_STYLE: [string, string][] = [
  // Hidden until opened: set inline so no page rule can show an empty host.
  ['display', 'none'],
  ['position', 'fixed'],
  ['inset', 'auto'],
  ['top', '0'],
  ['left', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['width', 'max-content'],
  ['max-width', 'min(26rem, calc(100vw - 16px))'],
  ['height', 'auto'],
  ['overflow', 'visible'],
  ['background', 'transparent'],
  ['z-index', '2147483647'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['pointer-events', 'auto'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['filter', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['translate', 'none'],
  ['zoom', '1'],
  ['content-visibility', 'visible'],
  ['contain', 'none'],
];

type UiModule = typeof import('../ui/popover/mount');
let uiModule: Promise<UiModule> | null = null;
/**
 * The popover's UI and the full data load on first use, keeping the content script small. A
 * failed load (the extension was updated or removed, so its files are gone) is forgotten, so a
 * later call tries again, and rejects to the caller here, never to the page.
 */
const loadUi = () =>
  (uiModule ??= import('../ui/popover/mount').catch((error: unknown) => {
    uiModule = null;
    throw error;
  }));

/**
 * The one element Kamerlens adds to a page: `<kamerlens-card-…>` (random suffix, see
 * `unpredictableTag`) with a **closed** shadow root that holds the Preact UI and its styles
 * (CONTRACT.md §4). Only this object holds the root: `host.shadowRoot` is null for the page, and
 * the root is attached before the host is connected, so nothing the page does on insertion
 * (mutation observers, a late custom-element definition) can attach one first. It lives in the
 * top layer (`popover="manual"`), above any z-index the page uses.
 */
export class PopoverHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private stopPositioning: (() => void) | null = null;
  private unmount: (() => void) | null = null;
  private openToken = 0;

  constructor(
    private readonly doc: Document = document,
    /** Called when the popover's code or data could not load. */
    private readonly onLoadFailed: () => void = () => undefined,
  ) {}

  get element(): HTMLElement | null {
    return this.host?.isConnected ? this.host : null;
  }

  /** The popover's closed root when `host` is our host, else null (for focus checks). */
  rootOf(host: Element): ShadowRoot | null {
    return host === this.host ? this.shadow : null;
  }

  isOpen(): boolean {
    return this.element !== null && this.unmount !== null;
  }

  private ensureHost(): { host: HTMLElement; shadow: ShadowRoot } {
    // The page may have removed our host; start afresh rather than render into a detached node,
    // under a new name, so a page that learnt the old one and defined it gains nothing.
    if (this.host?.isConnected && this.shadow) return { host: this.host, shadow: this.shadow };
    const host = this.doc.createElement(unpredictableTag());
    host.setAttribute('popover', 'manual');
    // Inline and important: beats page rules like `* { all: unset }` and `[popover]` styling.
    for (const [property, value] of HOST_STYLE)
      host.style.setProperty(property, value, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    return { host, shadow };
  }

  async open(anchor: VirtualElement, content: PopoverContent): Promise<void> {
    const token = ++this.openToken;
    let ui: UiModule;
    try {
      ui = await loadUi();
    } catch {
      // Its code could not load (the extension went away): no popover, and no error in the page.
      this.onLoadFailed();
      return;
    }
    if (token !== this.openToken) return;
    this.teardown();
    const { host, shadow } = this.ensureHost();
    let unmount: () => void;
    try {
      unmount = await ui.mountPopover(shadow, content);
    } catch {
      // The data chunk could not load: as above.
      this.onLoadFailed();
      return;
    }
    if (token !== this.openToken) {
      unmount();
      return;
    }
    // The page may have taken the host away while the UI loaded: then there is nothing to show.
    if (!host.isConnected) {
      unmount();
      return;
    }
    this.unmount = unmount;
    host.style.setProperty('display', 'block', 'important');
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // A page that fights the top layer still gets the popover, only not above its overlays.
    }
    this.stopPositioning = ui.placeNear(anchor, host);
  }

  /**
   * Loads the popover's code and data ahead of the first hover, once the page is scanned and
   * idle, so the first popover opens as fast as later ones.
   */
  preload(): void {
    // Code first, data in a later idle period: two short tasks rather than one long one.
    void nextIdle()
      .then(loadUi)
      .then(async (ui) => {
        await nextIdle();
        ui.preloadData();
      })
      // A failed preload is tried again on first use, where it is handled.
      .catch(() => undefined);
  }

  /** Moves focus into the popover (keyboard use), onto its dialog. */
  focus(): void {
    if (!this.element) return;
    this.shadow?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  close(): void {
    // Also cancels an open still waiting for its UI or data to load.
    this.openToken++;
    this.teardown();
  }

  private teardown(): void {
    this.stopPositioning?.();
    this.stopPositioning = null;
    this.unmount?.();
    this.unmount = null;
    const host = this.element;
    host?.style.setProperty('display', 'none', 'important');
    if (host?.matches(':popover-open')) host.hidePopover();
  }

  destroy(): void {
    this.close();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }
}
