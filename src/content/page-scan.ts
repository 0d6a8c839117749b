import { isAboutRegulation, needsContext, type Detection, type Detector } from '../core/detect';
import { isShown, walkBlocks } from './collect';
import type { TextBlock } from './text-block';
import type { BlockEntry, MarkIndex } from './mark-index';
import { runInSlices } from './slices';
import type { ViewportMarks } from './viewport-marks';

export interface ScanOptions {
  markDocuments: boolean;
  markTerms: boolean;
  markEveryTerm: boolean;
}

/**
 * Scans the page, and later the parts of it that change, in idle-time slices. Everything found
 * is kept (the popup lists it); what is marked follows the user's options.
 */
export class PageScan {
  private readonly markedTerms = new Set<string>();
  /**
   * Whether the page is about the regulation, decided over everything found after each scan (a
   * block alone cannot tell): terms with a general meaning are marked only then.
   */
  private aboutRegulation = false;
  private readonly queue: Node[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly detect: Detector,
    private readonly index: MarkIndex,
    private readonly viewport: ViewportMarks,
    private options: ScanOptions,
    private readonly signal: AbortSignal,
    /** A shadow root of the page now holds marks (called again for each; the caller dedups). */
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
    private readonly onChange: () => void,
  ) {}

  /** Queues `root` for a (re)scan; a root that left the page only loses what it held. */
  scan(root: Node): Promise<void> {
    this.queue.push(root);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Applies new marking options to everything already found, without scanning again: marks
   * that stay (documents, when only terms changed) never blink off.
   */
  remark(options: ScanOptions): void {
    this.options = { ...options };
    this.markedTerms.clear();
    for (const entry of this.index.entriesInOrder()) {
      const toMark = entry.found.filter((d) => this.shouldMark(d));
      this.viewport.replace(entry, () => this.index.setMarked(entry, toMark));
    }
    this.viewport.flush();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.signal.aborted) {
      // Everything queued in this task (removed and changed parts alike) is one batch.
      await Promise.resolve();
      const roots = this.queue
        .splice(0)
        .filter((r, _, all) => !all.some((o) => o !== r && o.contains(r)));
      // What these roots held before stays marked until their rescan is done, then goes in the
      // same task: text that changes without pause never sees its marks blink off.
      const stale = new Set(roots.flatMap((root) => this.index.entriesWithin(root)));
      for (const entry of stale) this.releaseTerms(entry);
      const blocks = roots.filter((r) => r.isConnected).map((r) => walkBlocks(r));
      await runInSlices(flatten(blocks), (block) => this.scanBlock(block), this.signal);
      for (const entry of stale) {
        this.index.remove(entry);
        this.viewport.remove(entry);
      }
      this.decideContext();
      this.viewport.flush();
      this.onChange();
    }
  }

  /** A term marked in a block about to be rescanned may be marked again by that rescan. */
  private releaseTerms(entry: BlockEntry): void {
    for (const d of entry.marked) {
      if (d.kind === 'term') this.markedTerms.delete(d.id);
    }
  }

  /** The page-level decision over everything found; marks again when it changed. */
  private decideContext(): void {
    const about = isAboutRegulation(this.index.found(), this.detect.context);
    if (about === this.aboutRegulation) return;
    this.aboutRegulation = about;
    this.remark(this.options);
  }

  private shouldMark(d: Detection): boolean {
    if (d.kind !== 'term') return this.options.markDocuments;
    if (!this.options.markTerms) return false;
    if (!this.aboutRegulation && needsContext(d, this.detect.context)) return false;
    if (this.options.markEveryTerm) return true;
    if (this.markedTerms.has(d.id)) return false;
    this.markedTerms.add(d.id);
    return true;
  }

  private scanBlock(block: TextBlock): void {
    let found: Detection[];
    try {
      found = this.detect(block.text);
    } catch {
      // A detector fault on one odd block must not stop the page's scan.
      return;
    }
    if (found.length === 0 || !isShown(block)) return;
    const entry = this.index.add(
      block,
      found,
      found.filter((d) => this.shouldMark(d)),
    );
    this.viewport.add(entry);
    // Styles and a watcher go only into shadow roots that hold marks, not every one on the page.
    const root = block.ownerElement.getRootNode();
    if (root instanceof ShadowRoot) this.onShadowRoot(root);
  }
}

function* flatten<T>(iterators: Iterable<Iterator<T>>): Generator<T> {
  for (const it of iterators) {
    for (let next = it.next(); !next.done; next = it.next()) yield next.value;
  }
}
