import type { VirtualElement } from '@floating-ui/dom';
import type { PopoverContent } from '../ui/popover/mount';
import type { PopoverHost } from './popover-host';

type HostModule = typeof import('./popover-host');

/**
 * The popover host, loaded with its code on first use: the content script that every matching
 * page loads holds only this stand-in (README, Performance). Until then there is no popover: not
 * open, no element, no root. A failed load (the extension went away) is forgotten, so a later
 * call tries again, and reaches `onLoadFailed`, never the page.
 */
export class LazyPopover {
  private host: PopoverHost | null = null;
  private loading: Promise<PopoverHost> | null = null;
  /** Raised by every close, so an open still waiting for the code is dropped. */
  private token = 0;

  constructor(
    private readonly doc: Document = document,
    /** Called when the popover's code or data could not load. */
    private readonly onLoadFailed: () => void = () => undefined,
  ) {}

  private load(): Promise<PopoverHost> {
    this.loading ??= import('./popover-host').then(
      ({ PopoverHost: Host }: HostModule) => (this.host = new Host(this.doc, this.onLoadFailed)),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  /** Our host element while it is on the page, else null. */
  get element(): HTMLElement | null {
    return this.host?.element ?? null;
  }

  /** The popover's closed root when `host` is our host, else null (for focus checks). */
  rootOf(host: Element): ShadowRoot | null {
    return this.host?.rootOf(host) ?? null;
  }

  /** Whether the card shows. */
  isOpen(): boolean {
    return this.host?.isOpen() ?? false;
  }

  /** Opens the card at `anchor`; resolves when it shows, or when it was closed meanwhile. */
  async open(anchor: VirtualElement, content: PopoverContent): Promise<void> {
    const token = ++this.token;
    let host: PopoverHost;
    try {
      host = await this.load();
    } catch {
      this.onLoadFailed();
      return;
    }
    if (token === this.token) await host.open(anchor, content);
  }

  /** Loads the host's code, then the card's code and data (PopoverHost.preload), ahead of use. */
  preload(): void {
    this.load().then(
      (host) => host.preload(),
      // A failed preload is tried again on first use, where it is handled.
      () => undefined,
    );
  }

  /** Moves focus into the card, when it is open. */
  focus(): void {
    this.host?.focus();
  }

  /** Closes the card, and drops an open still waiting for its code. */
  close(): void {
    this.token++;
    this.host?.close();
  }

  /** Closes the card and takes its host off the page. */
  destroy(): void {
    this.token++;
    this.host?.destroy();
  }
}
