import type { Detection } from '../core/detect';
import type { TextBlock } from './collect';

/** A detection placed in the DOM: its block and the range it covers. */
export interface PlacedMark {
  detection: Detection;
  block: TextBlock;
  range: StaticRange;
}

/** One scanned block that holds detections: all it found, and the subset that is marked. */
export interface BlockEntry {
  block: TextBlock;
  found: Detection[];
  marks: PlacedMark[];
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
  const position = a.block.nodes[0]?.compareDocumentPosition(b.block.nodes[0] as Node) ?? 0;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Our own offset index of everything found on the page. Hit-testing asks it "which mark holds
 * this text position?" instead of the browser, whose `highlightsFromPoint` grows with the number
 * of registered ranges; rescans of changed parts of the page replace entries by owner element.
 */
export class MarkIndex {
  private readonly byNode = new Map<Text, { entry: BlockEntry; nodeIndex: number }>();
  private readonly entries = new Set<BlockEntry>();
  private ordered: BlockEntry[] | null = null;

  add(block: TextBlock, found: Detection[], toMark: readonly Detection[]): BlockEntry {
    const entry: BlockEntry = { block, found, marks: [] };
    this.setMarks(entry, toMark);
    this.entries.add(entry);
    this.ordered = null;
    block.nodes.forEach((node, nodeIndex) => this.byNode.set(node, { entry, nodeIndex }));
    return entry;
  }

  setMarks(entry: BlockEntry, toMark: readonly Detection[]): void {
    entry.marks = toMark.map((detection) => ({
      detection,
      block: entry.block,
      range: rangeFor(entry.block, detection.start, detection.end),
    }));
  }

  /**
   * Entries in the order a reader meets them (first occurrences matter for terms). Sorting tens
   * of thousands of entries by DOM position is slow, so the order is kept until entries change.
   */
  entriesInOrder(): BlockEntry[] {
    this.ordered ??= [...this.entries].sort(byDocumentPosition);
    return this.ordered;
  }

  hasMarks(): boolean {
    for (const entry of this.entries) if (entry.marks.length > 0) return true;
    return false;
  }

  remove(entry: BlockEntry): void {
    this.entries.delete(entry);
    this.ordered = null;
    for (const node of entry.block.nodes) {
      if (this.byNode.get(node)?.entry === entry) this.byNode.delete(node);
    }
  }

  /** Entries with text inside `root`, or whose text has left the page. */
  entriesWithin(root: Node): BlockEntry[] {
    return [...this.entries].filter((e) =>
      e.block.nodes.some((n) => !n.isConnected || root.contains(n)),
    );
  }

  entryOf(mark: PlacedMark): BlockEntry | undefined {
    return this.byNode.get(mark.block.nodes[0] as Text)?.entry;
  }

  /** The mark covering the character at `offset` in `node`, if any. */
  markAt(node: Node, offset: number): PlacedMark | null {
    const hit = this.byNode.get(node as Text);
    if (!hit) return null;
    const at = (hit.entry.block.starts[hit.nodeIndex] ?? 0) + offset;
    return hit.entry.marks.find((m) => m.detection.start <= at && at < m.detection.end) ?? null;
  }

  /** Every mark, in the order a reader meets them. */
  marks(): PlacedMark[] {
    return this.entriesInOrder().flatMap((e) => e.marks);
  }

  found(): Detection[] {
    return [...this.entries].flatMap((e) => e.found);
  }

  clear(): void {
    this.byNode.clear();
    this.entries.clear();
    this.ordered = null;
  }
}
