import type { Detection, Detector } from '../core/detect';
import { decides, needsContext } from '../core/detect/context';
import { BlockWalker, isShown } from './collect';
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
   * Detections found that make the page about the regulation (`decides`). A block alone cannot
   * tell, but the page is about it as soon as one of them is found, so a count settles the
   * decision as the scan goes: terms with a general meaning are marked only while it is above 0.
   */
  private deciding = 0;
  /** The decision the marks follow (`deciding > 0` once `settle` has run). */
  private aboutRegulation = false;
  /** Entries holding a term with a general meaning: the only ones the decision changes. */
  private readonly contextEntries = new Set<BlockEntry>();
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

  /**
   * Whether the page is about the regulation, as the marks follow it now (see `deciding`): a
   * motion named without number means the debate's motion only then (context.ts).
   */
  isAboutRegulation(): boolean {
    return this.aboutRegulation;
  }

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
      const toMark = this.toMark(entry.found);
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
      for (const entry of stale) {
        this.releaseTerms(entry);
        // Their marks stay as they are until they go; a turn of the decision is for the rescan's.
        this.contextEntries.delete(entry);
      }
      // The first walk of the whole page meets blocks in reading order; rescans do not.
      const inOrder = this.index.version() === 0 && roots.length === 1;
      const walkers = roots.filter((r) => r.isConnected).map((r) => new BlockWalker(r));
      let at = 0;
      const step = (): boolean => {
        for (let walker = walkers[at]; walker; walker = walkers[++at]) {
          if (!walker.next()) continue;
          this.scanBlock(walker, inOrder);
          return true;
        }
        return false;
      };
      await runInSlices(step, this.signal);
      for (const entry of stale) {
        this.forget(entry);
        this.index.remove(entry);
        this.viewport.remove(entry);
      }
      this.settle();
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

  private forget(entry: BlockEntry): void {
    this.deciding -= entry.deciding ?? 0;
    this.contextEntries.delete(entry);
  }

  /**
   * Follows the page-level decision when the count crossed zero: only the entries holding terms
   * with a general meaning are marked again (in reading order, for first occurrences); every
   * other mark stays as it is.
   */
  private settle(): void {
    const about = this.deciding > 0;
    if (about === this.aboutRegulation) return;
    this.aboutRegulation = about;
    const entries = this.index.inOrder(this.contextEntries);
    for (const entry of entries) {
      for (const d of entry.marked)
        if (needsContext(d, this.detect.context)) this.markedTerms.delete(d.id);
    }
    // Marks added now belong to blocks met earlier: they are watched in groups of their own.
    this.viewport.flush();
    for (const entry of entries) {
      const toMark = this.toMark(entry.found, entry.marked);
      this.viewport.replace(entry, () => this.index.setMarked(entry, toMark));
    }
    this.viewport.flush();
  }

  /**
   * The detections of one block to mark: `found` itself when all of them are (the usual case), so
   * a long page does not make a second array for each of its tens of thousands of blocks. With
   * `keep`, only terms with a general meaning are decided again; the rest stay as in `keep`.
   */
  private toMark(found: Detection[], keep?: readonly Detection[]): Detection[] {
    let marked: Detection[] | null = null;
    for (let i = 0; i < found.length; i++) {
      const d = found[i] as Detection;
      const mark =
        keep && !needsContext(d, this.detect.context) ? keep.includes(d) : this.shouldMark(d);
      if (mark) marked?.push(d);
      else marked ??= found.slice(0, i);
    }
    return marked ?? found;
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

  /** Scans the walker's current block; only a block holding a reference is kept. */
  private scanBlock(walker: BlockWalker, inOrder: boolean): void {
    let found: Detection[];
    try {
      found = this.detect(walker.text);
    } catch {
      // A detector fault on one odd block must not stop the page's scan.
      return;
    }
    if (found.length === 0) return;
    const block = walker.block();
    if (!isShown(block)) return;
    const { context } = this.detect;
    let deciding = 0;
    let general = false;
    for (const d of found) {
      if (decides(d, context)) deciding++;
      else if (needsContext(d, context)) general = true;
    }
    // The decision first, so this block's own terms follow it.
    if (deciding > 0) {
      this.deciding += deciding;
      this.settle();
    }
    const entry = this.index.add(block, found, this.toMark(found), inOrder);
    if (deciding > 0) entry.deciding = deciding;
    if (general) this.contextEntries.add(entry);
    this.viewport.add(entry);
    // Styles and a watcher go only into shadow roots that hold marks, not every one on the page.
    const root = block.ownerElement.getRootNode();
    if (root instanceof ShadowRoot) this.onShadowRoot(root);
  }
}
