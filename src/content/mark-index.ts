import type { Detection } from '../core/detect';
import type { TextBlock } from './text-block';
import type { MarkGroup } from './viewport-marks';

/**
 * A marked detection placed in the DOM. Made for blocks near the viewport and for keyboard moves
 * only: a long page holds tens of thousands of detections, and what Kamerlens keeps for each of
 * them decides whether the page's garbage collector has to run while it scans.
 */
export class PlacedMark {
  private made: StaticRange | null = null;

  constructor(
    readonly detection: Detection,
    readonly entry: BlockEntry,
  ) {}

  /** The range it covers, made when first asked for (each range is a browser object). */
  get range(): StaticRange {
    this.made ??= rangeFor(this.entry.block, this.detection.start, this.detection.end);
    return this.made;
  }
}

/** One scanned block that holds detections: all it found, and the subset that is marked. */
export interface BlockEntry {
  block: TextBlock;
  found: Detection[];
  /** The same array as `found` when everything found is marked (the usual case). */
  marked: readonly Detection[];
  removed?: true;
  /** The entries it is watched with (set by ViewportMarks while it has marks). */
  group?: MarkGroup;
  /** How many of `found` make the page about the regulation (set by PageScan when any do). */
  deciding?: number;
}

/**
 * The marked detection covering the character at `offset` in `node`, if any. Where a range's
 * detections overlap (CONTRACT §2: "nrs. 803 – 806" gives 803 up to its digits, 804 and 805 over
 * the range, 806 over its own digits) the one ending first wins, then the one starting last: the
 * written number under the pointer is the paper it means ("803" → 803, "806" → 806).
 */
export function markedAt(entry: BlockEntry, node: Node, offset: number): Detection | null {
  const { nodes, starts } = entry.block;
  const nodeIndex = nodes.indexOf(node as Text);
  if (nodeIndex < 0) return null;
  const at = (starts[nodeIndex] ?? 0) + offset;
  let best: Detection | null = null;
  for (const d of entry.marked) {
    if (d.start > at || at >= d.end) continue;
    if (!best || d.end < best.end || (d.end === best.end && d.start > best.start)) best = d;
  }
  return best;
}

/** Finds the node holding `offset` in a block (the last node starting at or before it). */
function locate(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] ?? 0;
    // An end offset at a node boundary belongs to the node before it, so a range never ends at
    // offset 0 of the next node (which would make it look longer than the text it covers).
    if (start < offset || (!atEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  // Offsets inside a `<br>` break, which has no node, clamp to the end of the node before it.
  return { node, offset: Math.min(offset - (starts[lo] ?? 0), node.length) };
}

export function rangeFor(block: TextBlock, start: number, end: number): StaticRange {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}

function byDocumentPosition(a: BlockEntry, b: BlockEntry): number {
  const position = a.block.first.compareDocumentPosition(b.block.first);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Our own index of everything found on the page, in plain arrays: hit-testing goes through the
 * marks near the viewport (see `ViewportMarks`), so nothing here is keyed by DOM node. Rescans of
 * changed parts of the page replace entries by owner element.
 */
export class MarkIndex {
  private entries: BlockEntry[] = [];
  private removedCount = 0;
  private ordered: BlockEntry[] | null = null;
  /** Whether `entries` were all added in document order (one walk of the page, no rescans). */
  private addedInOrder = true;
  private documents = 0;
  private changes = 0;
  private removals = 0;

  /**
   * Adds a scanned block. `inOrder`: the block follows every block added before it in the
   * document (the first walk of the page), so the reading order needs no sort.
   */
  add(
    block: TextBlock,
    found: Detection[],
    marked: readonly Detection[],
    inOrder = false,
  ): BlockEntry {
    const entry: BlockEntry = { block, found, marked: [] };
    this.setMarked(entry, marked);
    this.entries.push(entry);
    this.addedInOrder &&= inOrder;
    this.ordered = null;
    this.documents += countDocuments(found);
    this.changes++;
    return entry;
  }

  setMarked(entry: BlockEntry, marked: readonly Detection[]): void {
    entry.marked = marked.length === entry.found.length ? entry.found : marked;
  }

  /**
   * Entries in the order a reader meets them (first occurrences matter for terms). Sorting tens
   * of thousands of entries by DOM position is slow (some 20 ms per thousand), so it is skipped
   * while entries came from one walk of the page, and the order is kept until entries change.
   */
  entriesInOrder(): BlockEntry[] {
    this.ordered ??= this.addedInOrder ? this.live() : this.live().sort(byDocumentPosition);
    return this.ordered;
  }

  /** Sorts some of the entries into reading order (a copy). */
  inOrder(entries: Iterable<BlockEntry>): BlockEntry[] {
    const list = [...entries];
    return this.addedInOrder ? list : list.sort(byDocumentPosition);
  }

  hasMarks(): boolean {
    return this.entries.some((e) => !e.removed && e.marked.length > 0);
  }

  /** Detections of documents (everything but terms) found on the page, kept as entries change. */
  documentCount(): number {
    return this.documents;
  }

  /** Changes with every entry added or removed: what was derived from `found()` is still good while it stays. */
  version(): number {
    return this.changes;
  }

  remove(entry: BlockEntry): void {
    if (entry.removed) return;
    entry.removed = true;
    this.removals++;
    this.ordered = null;
    this.documents -= countDocuments(entry.found);
    this.changes++;
    // Removed entries are dropped in one pass once they are many, not one splice at a time.
    if (++this.removedCount > this.entries.length / 2) {
      this.entries = this.live();
      this.removedCount = 0;
    }
  }

  /**
   * Entries with text inside `root`, or whose block has left the page. A block whose owner holds
   * `root` (text directly in `<body>` next to new nodes) is asked node by node.
   */
  entriesWithin(root: Node): BlockEntry[] {
    return this.entries.filter(({ block, removed }) => {
      if (removed) return false;
      const owner = block.owner;
      if (!owner.isConnected || root.contains(owner)) return true;
      return owner.contains(root) && block.nodes.some((n) => !n.isConnected || root.contains(n));
    });
  }

  /** Every marked detection, in the order a reader meets them. */
  marks(): PlacedMark[] {
    return this.entriesInOrder().flatMap((e) => e.marked.map((d) => new PlacedMark(d, e)));
  }

  /**
   * The entries in the order they were added, removed ones (flagged `removed`) among them until
   * they are dropped, and how many entries were removed so far: while that count stays, the
   * entries only grew at the end.
   */
  added(): { entries: readonly BlockEntry[]; removals: number } {
    return { entries: this.entries, removals: this.removals };
  }

  /** Every detection of the entries still on the page, in the order they were added. */
  found(): Detection[] {
    // One array, not one per entry and one of entries: a long page has tens of thousands.
    const all: Detection[] = [];
    for (const entry of this.entries) if (!entry.removed) for (const d of entry.found) all.push(d);
    return all;
  }

  clear(): void {
    this.entries = [];
    this.removals++;
    this.removedCount = 0;
    this.ordered = null;
    this.addedInOrder = true;
    this.documents = 0;
    this.changes++;
  }

  private live(): BlockEntry[] {
    return this.entries.filter((e) => !e.removed);
  }
}

function countDocuments(found: readonly Detection[]): number {
  let n = 0;
  for (const d of found) if (d.kind !== 'term') n++;
  return n;
}
