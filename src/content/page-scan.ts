import type { Detection, Detector } from '../core/detect';
import { walkBlocks, type TextBlock } from './collect';
import type { HighlightLayer } from './highlights';
import type { MarkIndex } from './mark-index';
import { runInSlices } from './slices';

export interface ScanOptions {
  markDocuments: boolean;
  markTerms: boolean;
  markEveryTerm: boolean;
}

/**
 * One pass over the page: blocks are collected, detected and marked in idle slices. Everything
 * found is kept (the popup lists it); what is marked follows the user's options.
 */
export class PageScan {
  readonly found: Detection[] = [];
  private readonly markedTerms = new Set<string>();

  constructor(
    private readonly detect: Detector,
    private readonly index: MarkIndex,
    private readonly layer: HighlightLayer,
    private readonly options: ScanOptions,
  ) {}

  run(root: Node, signal: AbortSignal): Promise<void> {
    return runInSlices(walkBlocks(root), (block) => this.scanBlock(block), signal);
  }

  private shouldMark(d: Detection): boolean {
    if (d.kind !== 'term') return this.options.markDocuments;
    if (!this.options.markTerms) return false;
    if (this.options.markEveryTerm) return true;
    if (this.markedTerms.has(d.id)) return false;
    this.markedTerms.add(d.id);
    return true;
  }

  private scanBlock(block: TextBlock): void {
    let detections: Detection[];
    try {
      detections = this.detect(block.text);
    } catch {
      // A detector fault on one odd block must not stop the page's scan.
      return;
    }
    if (detections.length === 0) return;
    this.found.push(...detections);
    const marked = detections.filter((d) => this.shouldMark(d));
    for (const mark of this.index.add(block, marked))
      this.layer.add(mark.detection.kind, mark.range);
  }
}
