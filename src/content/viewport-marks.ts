import { blockOwnerOf } from './collect';
import type { HighlightLayer } from './highlights';
import { markedAt, PlacedMark, type BlockEntry } from './mark-index';

/**
 * Registers highlight ranges only for blocks near the viewport. Chromium pays for every
 * registered range at each frame, and adding to a highlight that already holds tens of
 * thousands of ranges takes longer than a frame; a reader only sees what is on screen. The marks
 * shown are also the ones the pointer can rest on, so hit-testing looks them up here.
 */
export class ViewportMarks {
  private readonly byTarget = new Map<Element, Set<BlockEntry>>();
  private readonly registered = new Map<BlockEntry, PlacedMark[]>();
  /** Shown entries by their block's owner element: where a text node under the pointer leads. */
  private readonly shownByOwner = new Map<Element | ShadowRoot, BlockEntry[]>();
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
    if (entry.marked.length === 0) return;
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
    if (entry.marked.length === 0) {
      this.remove(entry);
      return;
    }
    this.add(entry);
    if (shown) this.register(entry);
  }

  private register(entry: BlockEntry): void {
    if (this.registered.has(entry)) return;
    const marks = entry.marked.map((d) => new PlacedMark(d, entry));
    this.registered.set(entry, marks);
    const owner = entry.block.owner;
    this.shownByOwner.set(owner, [...(this.shownByOwner.get(owner) ?? []), entry]);
    for (const mark of marks) this.layer.add(mark.detection.kind, mark.range);
  }

  private unregister(entry: BlockEntry): void {
    const marks = this.registered.get(entry);
    if (!marks) return;
    this.registered.delete(entry);
    const owner = entry.block.owner;
    const rest = this.shownByOwner.get(owner)?.filter((e) => e !== entry) ?? [];
    if (rest.length > 0) this.shownByOwner.set(owner, rest);
    else this.shownByOwner.delete(owner);
    for (const mark of marks) this.layer.delete(mark.detection.kind, mark.range);
  }

  /** The shown mark covering the character at `offset` in text node `node`, if any. */
  markAt(node: Node, offset: number): PlacedMark | null {
    if (node.nodeType !== Node.TEXT_NODE) return null;
    for (const entry of this.shownByOwner.get(blockOwnerOf(node)) ?? []) {
      const detection = markedAt(entry, node, offset);
      if (detection)
        return this.registered.get(entry)?.find((m) => m.detection === detection) ?? null;
    }
    return null;
  }

  /** The mark a keyboard move or the popup's list picked, as shown (same object as a hover's). */
  shown(mark: PlacedMark): PlacedMark {
    this.register(mark.entry);
    return this.registered.get(mark.entry)?.find((m) => m.detection === mark.detection) ?? mark;
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

  clear(): void {
    this.observer.disconnect();
    this.byTarget.clear();
    this.registered.clear();
    this.shownByOwner.clear();
    this.nearTargets.clear();
  }
}
