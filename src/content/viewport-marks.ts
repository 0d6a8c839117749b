import type { HighlightLayer } from './highlights';
import type { BlockEntry } from './mark-index';

/**
 * Registers highlight ranges only for blocks near the viewport. Chromium pays for every
 * registered range at each frame, and adding to a highlight that already holds tens of
 * thousands of ranges takes longer than a frame; a reader only sees what is on screen.
 */
export class ViewportMarks {
  private readonly byTarget = new Map<Element, Set<BlockEntry>>();
  private readonly registered = new Set<BlockEntry>();
  /** Targets the observer last reported near the viewport. */
  private readonly nearTargets = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(private readonly layer: HighlightLayer) {
    // One screen above and below: marks are in place before they scroll into view.
    this.observer = new IntersectionObserver((records) => this.onIntersect(records), {
      rootMargin: '100% 0px 100% 0px',
    });
  }

  private static targetOf(entry: BlockEntry): Element {
    const owner = entry.block.owner;
    return owner instanceof ShadowRoot ? owner.host : owner;
  }

  add(entry: BlockEntry): void {
    if (entry.marks.length === 0) return;
    const target = ViewportMarks.targetOf(entry);
    let entries = this.byTarget.get(target);
    if (!entries) {
      entries = new Set();
      this.byTarget.set(target, entries);
      this.observer.observe(target);
    }
    entries.add(entry);
    // A target already near the viewport gets no new observer report: show its new marks now.
    if (this.nearTargets.has(target)) this.register(entry);
  }

  remove(entry: BlockEntry): void {
    const target = ViewportMarks.targetOf(entry);
    const entries = this.byTarget.get(target);
    entries?.delete(entry);
    if (entries?.size === 0) {
      this.byTarget.delete(target);
      this.nearTargets.delete(target);
      this.observer.unobserve(target);
    }
    this.unregister(entry);
  }

  /**
   * Changes an entry's marks in place: the old ranges go and the new ones come in the same task,
   * so marks that stay are never seen missing.
   */
  replace(entry: BlockEntry, change: () => void): void {
    const shown = this.registered.has(entry);
    this.unregister(entry);
    change();
    if (entry.marks.length === 0) {
      this.remove(entry);
      return;
    }
    this.add(entry);
    if (shown) this.register(entry);
  }

  private register(entry: BlockEntry): void {
    if (this.registered.has(entry)) return;
    this.registered.add(entry);
    for (const mark of entry.marks) this.layer.add(mark.detection.kind, mark.range);
  }

  private unregister(entry: BlockEntry): void {
    if (!this.registered.delete(entry)) return;
    for (const mark of entry.marks) this.layer.delete(mark.detection.kind, mark.range);
  }

  private onIntersect(records: IntersectionObserverEntry[]): void {
    for (const record of records) {
      const entries = this.byTarget.get(record.target);
      if (!entries) continue;
      if (record.isIntersecting) this.nearTargets.add(record.target);
      else this.nearTargets.delete(record.target);
      for (const entry of entries) {
        if (record.isIntersecting) this.register(entry);
        else this.unregister(entry);
      }
    }
  }

  /** Makes sure one entry's marks show now, whatever the observer last said (keyboard moves). */
  ensureShown(entry: BlockEntry): void {
    this.register(entry);
  }

  clear(): void {
    this.observer.disconnect();
    this.byTarget.clear();
    this.registered.clear();
    this.nearTargets.clear();
  }
}
