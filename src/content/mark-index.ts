import type { Detection } from '../core/detect';
import { blockOwnerOf } from './collect';
import type { TextBlock } from './text-block';

/**
 * A detection placed in the DOM: its block and the range it covers. The range is made when first
 * asked for (a mark near the viewport, a hover): a long page holds tens of thousands of marks,
 * and each range is a browser object the garbage collector must trace.
 */
export class PlacedMark {
  private made: StaticRange | null = null;

  constructor(
    readonly detection: Detection,
    readonly block: TextBlock,
  ) {}

  get range(): StaticRange {
    this.made ??= rangeFor(this.block, this.detection.start, this.detection.end);
    return this.made;
  }
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
  const position = a.block.first.compareDocumentPosition(b.block.first);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Our own offset index of everything found on the page. Hit-testing asks it "which mark holds
 * this text position?" instead of the browser, whose `highlightsFromPoint` grows with the number
 * of registered ranges; rescans of changed parts of the page replace entries by owner element.
 * Entries are found by their block's owner element, so a block's text nodes are only gathered
 * for the block being hovered (see `TextBlock`).
 */
export class MarkIndex {
  private readonly byOwner = new Map<Element | ShadowRoot, BlockEntry[]>();
  private readonly byBlock = new Map<TextBlock, BlockEntry>();
  private ordered: BlockEntry[] | null = null;

  add(block: TextBlock, found: Detection[], toMark: readonly Detection[]): BlockEntry {
    const entry: BlockEntry = { block, found, marks: [] };
    this.setMarks(entry, toMark);
    this.byBlock.set(block, entry);
    const sharing = this.byOwner.get(block.owner);
    if (sharing) sharing.push(entry);
    else this.byOwner.set(block.owner, [entry]);
    this.ordered = null;
    return entry;
  }

  setMarks(entry: BlockEntry, toMark: readonly Detection[]): void {
    entry.marks = toMark.map((detection) => new PlacedMark(detection, entry.block));
  }

  /**
   * Entries in the order a reader meets them (first occurrences matter for terms). Sorting tens
   * of thousands of entries by DOM position is slow, so the order is kept until entries change.
   */
  entriesInOrder(): BlockEntry[] {
    this.ordered ??= [...this.byBlock.values()].sort(byDocumentPosition);
    return this.ordered;
  }

  hasMarks(): boolean {
    for (const entry of this.byBlock.values()) if (entry.marks.length > 0) return true;
    return false;
  }

  remove(entry: BlockEntry): void {
    if (!this.byBlock.delete(entry.block)) return;
    this.ordered = null;
    const owner = entry.block.owner;
    const rest = this.byOwner.get(owner)?.filter((e) => e !== entry) ?? [];
    if (rest.length > 0) this.byOwner.set(owner, rest);
    else this.byOwner.delete(owner);
  }

  /**
   * Entries with text inside `root`, or whose block has left the page. A block whose owner holds
   * `root` (text directly in `<body>` next to new nodes) is asked node by node.
   */
  entriesWithin(root: Node): BlockEntry[] {
    return [...this.byBlock.values()].filter(({ block: { owner }, block }) => {
      if (!owner.isConnected || root.contains(owner)) return true;
      return owner.contains(root) && block.nodes.some((n) => !n.isConnected || root.contains(n));
    });
  }

  entryOf(mark: PlacedMark): BlockEntry | undefined {
    return this.byBlock.get(mark.block);
  }

  /** The mark covering the character at `offset` in `node`, if any. */
  markAt(node: Node, offset: number): PlacedMark | null {
    if (node.nodeType !== Node.TEXT_NODE) return null;
    for (const entry of this.byOwner.get(blockOwnerOf(node)) ?? []) {
      const { nodes, starts } = entry.block;
      const nodeIndex = nodes.indexOf(node as Text);
      if (nodeIndex < 0) continue;
      const at = (starts[nodeIndex] ?? 0) + offset;
      return entry.marks.find((m) => m.detection.start <= at && at < m.detection.end) ?? null;
    }
    return null;
  }

  /** Every mark, in the order a reader meets them. */
  marks(): PlacedMark[] {
    return this.entriesInOrder().flatMap((e) => e.marks);
  }

  found(): Detection[] {
    return [...this.byBlock.values()].flatMap((e) => e.found);
  }

  clear(): void {
    this.byOwner.clear();
    this.byBlock.clear();
    this.ordered = null;
  }
}
