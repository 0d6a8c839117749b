import type { RefKind } from '../core/detect';

/** Highlight names: the manifest's content-script CSS styles them with `::highlight()`. */
export const HIGHLIGHT_DOCUMENT = 'kamerlens-document';
export const HIGHLIGHT_TERM = 'kamerlens-term';
export const HIGHLIGHT_ACTIVE = 'kamerlens-active';
/** On dark pages the same marks use these names, styled for light text on dark ground. */
const DARK_SUFFIX = '-on-dark';

/**
 * Owns Kamerlens' entries in the page's highlight registry. Turning marking off is clearing the
 * registry: the page's DOM was never touched.
 */
export class HighlightLayer {
  private readonly highlights = new Map<string, Highlight>();
  private readonly suffix: string;

  constructor(readonly dark: boolean) {
    this.suffix = dark ? DARK_SUFFIX : '';
  }

  private nameFor(kind: RefKind): string {
    return (kind === 'term' ? HIGHLIGHT_TERM : HIGHLIGHT_DOCUMENT) + this.suffix;
  }

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  private get(name: string): Highlight {
    let h = this.highlights.get(name);
    if (!h) {
      h = new Highlight();
      this.highlights.set(name, h);
      CSS.highlights.set(name, h);
    }
    return h;
  }

  add(kind: RefKind, range: AbstractRange): void {
    this.get(this.nameFor(kind)).add(range);
  }

  delete(kind: RefKind, range: AbstractRange): void {
    this.highlights.get(this.nameFor(kind))?.delete(range);
  }

  setActive(range: AbstractRange | null): void {
    const active = this.get(HIGHLIGHT_ACTIVE + this.suffix);
    active.clear();
    if (range) active.add(range);
  }

  clear(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }
}
