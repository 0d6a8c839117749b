import { blockOwnerOf } from './collect';
import type { HighlightLayer } from './highlights';
import { markedAt, PlacedMark, type BlockEntry } from './mark-index';

/**
 * Entries watched together. A long page has tens of thousands of marked blocks; observing each
 * costs the browser an observation and a report per block (on the 5 MB bench page, groups of
 * sixteen still made 2,500 targets and a first report of 70 ms). Thirty-two neighbouring blocks
 * are watched through their first and last block only; a group near the viewport registers a
 * few dozen ranges, well under what slows a frame.
 */
const GROUP_SIZE = 32;

/**
 * New targets wait this long to be observed, then are observed together. Each `observe()` makes
 * the browser run a frame to compute the first intersection, and on a long page every frame's
 * lifecycle walks a large DOM: a scan observing new groups in most of its 8 ms slices made
 * frames back to back for its whole length.
 */
const OBSERVE_BATCH_MS = 250;

/** Where an observed element lies against the viewport (grown by the root margin). */
type Side = 'near' | 'above' | 'below' | 'beside' | 'unknown';

/**
 * Entries whose blocks share a parent and were added in document order: they lie one after
 * another, so the group is near the viewport exactly when one of its ends is or the viewport
 * lies between them.
 */
export interface MarkGroup {
  entries: BlockEntry[];
  parent: Node | null;
  first: Element;
  last: Element;
  /** Still taking entries: its last block is not observed yet. */
  open: boolean;
  shown: boolean;
}

/** Whether `later` follows `earlier` in the document (about 0.4 µs for siblings, Chromium 156). */
function follows(earlier: Node, later: Node): boolean {
  return (earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The side of a box against the viewport grown by the observer's margin (one screen). */
function sideOfBox(box: DOMRectReadOnly, root: DOMRectReadOnly | null): Side {
  const top = root?.top ?? -innerHeight;
  const bottom = root?.bottom ?? 2 * innerHeight;
  if (box.bottom <= top) return 'above';
  if (box.top >= bottom) return 'below';
  return 'beside';
}

/**
 * Registers highlight ranges only for blocks near the viewport. Chromium pays for every
 * registered range at each frame, and adding to a highlight that already holds tens of
 * thousands of ranges takes longer than a frame; a reader only sees what is on screen. A group is
 * near when its first or last block is, or when the viewport lies between them. The observer only
 * reports elements entering or leaving the viewport, so after a jump (End, a link, a scrollbar
 * drag) the ends that stayed out of view are measured again. The marks shown are also the ones
 * the pointer can rest on, so hit-testing looks them up here.
 */
export class ViewportMarks {
  private readonly registered = new Map<BlockEntry, PlacedMark[]>();
  /** Shown entries by their block's owner element: where a text node under the pointer leads. */
  private readonly shownByOwner = new Map<Element | ShadowRoot, BlockEntry[]>();
  /** Observed elements: the side last reported, and the groups they open or close. */
  private readonly watched = new Map<Element, { side: Side; groups: MarkGroup[] }>();
  private readonly groups = new Set<MarkGroup>();
  private openGroup: MarkGroup | null = null;
  private readonly observer: IntersectionObserver;
  /** Targets to observe at the next batch (see OBSERVE_BATCH_MS). */
  private pending: Element[] = [];
  private batchTimer = 0;
  private readonly listening = new AbortController();

  constructor(
    private readonly layer: HighlightLayer,
    doc: Document = document,
  ) {
    // One screen above and below: marks are in place before they scroll into view.
    this.observer = new IntersectionObserver((records) => this.onIntersect(records), {
      rootMargin: '100% 0px 100% 0px',
    });
    const options = { capture: true, passive: true, signal: this.listening.signal };
    // Scrolling the page or any scrolling box in it; `scrollend` comes once per gesture.
    doc.addEventListener('scrollend', () => this.measureOutOfView(), options);
    doc.defaultView?.addEventListener('resize', () => this.measureOutOfView(), options);
  }

  add(entry: BlockEntry): void {
    if (entry.marked.length === 0 || entry.group) return;
    const target = entry.block.ownerElement;
    let group = this.openGroup;
    // A group's ends must be its first and last block in document order: only they are watched.
    // Entries do not always come in page order (marks a page-level decision adds after the scan,
    // several changed parts rescanned in the order they changed), so one that does not follow
    // the group's last block starts a group of its own.
    const fits =
      group !== null &&
      group.entries.length < GROUP_SIZE &&
      (group.last === target ||
        (group.parent === target.parentNode && follows(group.last, target)));
    if (!group || !fits) {
      if (group) this.close(group);
      group = {
        entries: [],
        parent: target.parentNode,
        first: target,
        last: target,
        open: true,
        shown: false,
      };
      this.openGroup = group;
      this.groups.add(group);
      this.watch(target, group);
    }
    group.entries.push(entry);
    group.last = target;
    entry.group = group;
    if (group.shown) this.register(entry);
  }

  /** The scan is done for now: the last group's end is observed too, and what waits, at once. */
  flush(): void {
    if (this.openGroup) this.close(this.openGroup);
    this.observePending();
  }

  remove(entry: BlockEntry): void {
    this.unregister(entry);
    const group = entry.group;
    if (!group) return;
    delete entry.group;
    group.entries = group.entries.filter((e) => e !== entry);
    const [head] = group.entries;
    const tail = group.entries[group.entries.length - 1];
    if (!head || !tail) {
      if (this.openGroup === group) this.openGroup = null;
      this.groups.delete(group);
      this.unwatch(group.first, group, true);
      this.unwatch(group.last, group, true);
      return;
    }
    this.setEnds(group, head.block.ownerElement, tail.block.ownerElement);
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
    if (shown || entry.group?.shown) this.register(entry);
  }

  /** The shown mark covering the character at `offset` in text node `node`, if any. */
  markAt(node: Node, offset: number): PlacedMark | null {
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

  clear(): void {
    this.observer.disconnect();
    clearTimeout(this.batchTimer);
    this.batchTimer = 0;
    this.pending = [];
    this.listening.abort();
    this.groups.clear();
    this.registered.clear();
    this.shownByOwner.clear();
    this.watched.clear();
    this.openGroup = null;
  }

  private close(group: MarkGroup): void {
    group.open = false;
    if (this.openGroup === group) this.openGroup = null;
    this.watch(group.last, group);
    this.update(group);
  }

  private setEnds(group: MarkGroup, first: Element, last: Element): void {
    const before = [group.first, group.last];
    group.first = first;
    group.last = last;
    this.watch(first, group);
    if (!group.open) this.watch(last, group);
    for (const old of before) this.unwatch(old, group);
    this.update(group);
  }

  private watch(target: Element, group: MarkGroup): void {
    const known = this.watched.get(target);
    if (known) {
      if (!known.groups.includes(group)) known.groups.push(group);
      return;
    }
    this.watched.set(target, { side: 'unknown', groups: [group] });
    this.pending.push(target);
    this.batchTimer ||= window.setTimeout(() => this.observePending(), OBSERVE_BATCH_MS);
  }

  /** Observes the waiting targets still watched, in one go. */
  private observePending(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = 0;
    for (const target of this.pending) if (this.watched.has(target)) this.observer.observe(target);
    this.pending = [];
  }

  /** Stops watching `target` for `group`, unless it is still one of the group's ends. */
  private unwatch(target: Element, group: MarkGroup, groupGone = false): void {
    const known = this.watched.get(target);
    const stillEnd = group.first === target || (!group.open && group.last === target);
    if (!known || (stillEnd && !groupGone)) return;
    known.groups = known.groups.filter((g) => g !== group);
    if (known.groups.length > 0) return;
    this.watched.delete(target);
    this.observer.unobserve(target);
  }

  private sideOfTarget(target: Element): Side {
    return this.watched.get(target)?.side ?? 'unknown';
  }

  private update(group: MarkGroup): void {
    const first = this.sideOfTarget(group.first);
    const last = group.open ? 'unknown' : this.sideOfTarget(group.last);
    const near = first === 'near' || last === 'near' || (first === 'above' && last === 'below');
    if (near === group.shown) return;
    group.shown = near;
    for (const entry of group.entries) {
      if (near) this.register(entry);
      else this.unregister(entry);
    }
  }

  /** Measures again the observed ends that were out of view: they may have jumped sides. */
  private measureOutOfView(): void {
    for (const [target, known] of this.watched) {
      if (known.side !== 'near' && known.side !== 'unknown')
        known.side = sideOfBox(target.getBoundingClientRect(), null);
    }
    for (const group of this.groups) this.update(group);
  }

  private onIntersect(records: IntersectionObserverEntry[]): void {
    const touched = new Set<MarkGroup>();
    for (const record of records) {
      const known = this.watched.get(record.target);
      if (!known) continue;
      known.side = record.isIntersecting
        ? 'near'
        : sideOfBox(record.boundingClientRect, record.rootBounds);
      for (const group of known.groups) touched.add(group);
    }
    for (const group of touched) this.update(group);
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
}
