import type { Detection } from '../core/detect';
import type { TextBlock } from './collect';

/** A detection placed in the DOM: its block and the text-node positions of its two ends. */
export interface PlacedMark {
  detection: Detection;
  block: TextBlock;
  range: StaticRange;
}

interface BlockEntry {
  block: TextBlock;
  marks: PlacedMark[];
}

/** Finds the node holding `offset` in a block (the last node starting at or before it). */
function locate(
  block: TextBlock,
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] ?? 0;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: offset - (starts[lo] ?? 0) };
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

/**
 * Our own offset index of every mark on the page. Hit-testing asks it "which mark holds this
 * text position?" instead of asking the browser, whose `highlightsFromPoint` grows with the
 * number of registered ranges.
 */
export class MarkIndex {
  private readonly byNode = new Map<Text, { entry: BlockEntry; nodeIndex: number }>();
  private readonly entries: BlockEntry[] = [];

  add(block: TextBlock, detections: readonly Detection[]): PlacedMark[] {
    const entry: BlockEntry = {
      block,
      marks: detections.map((detection) => ({
        detection,
        block,
        range: rangeFor(block, detection.start, detection.end),
      })),
    };
    this.entries.push(entry);
    block.nodes.forEach((node, nodeIndex) => this.byNode.set(node, { entry, nodeIndex }));
    return entry.marks;
  }

  /** The mark covering the character at `offset` in `node`, if any. */
  markAt(node: Node, offset: number): PlacedMark | null {
    const hit = this.byNode.get(node as Text);
    if (!hit) return null;
    const at = (hit.entry.block.starts[hit.nodeIndex] ?? 0) + offset;
    return hit.entry.marks.find((m) => m.detection.start <= at && at < m.detection.end) ?? null;
  }

  all(): PlacedMark[] {
    return this.entries.flatMap((e) => e.marks);
  }

  clear(): void {
    this.byNode.clear();
    this.entries.length = 0;
  }
}
