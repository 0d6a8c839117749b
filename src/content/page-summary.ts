import { decides } from '../core/detect/context';
import type { Detection, PageContext } from '../core/detect';
import type { TabDetection } from '../core/messages';
import type { MarkIndex } from './mark-index';

/**
 * What the popup and the side panel list (and what the bench asks for every 100 ms while a page
 * is scanned): the page's detections summed up by reference, without the terms that need the
 * page to be about the regulation when it is not. Always equal to
 * `summariseDetections(keepInContext(index.found(), context))` (core/messages, core/detect),
 * built once and then extended: while the index only grew at its end and the page-level
 * decision stayed, only the entries added since the last call are counted. A scan of a long page
 * used to count all its tens of thousands of detections again for every request.
 */
export class PageSummary {
  private byId = new Map<string, TabDetection>();
  /** Entries of `index.added()` counted so far. */
  private taken = 0;
  /** The index's removal count when counted; another means start again. */
  private removals = -1;
  /** Whether the page is about the regulation (all terms count) as counted. */
  private about = false;

  constructor(private readonly context: PageContext) {}

  /** The summary for `index` now: one item per reference id, in the order first found. */
  of(index: MarkIndex): TabDetection[] {
    const { entries, removals } = index.added();
    if (removals !== this.removals || entries.length < this.taken) this.restart(removals);
    // The decision first: when new entries turn it, terms left out before count from the start.
    if (!this.about && this.decidesAny(entries, this.taken)) {
      this.restart(removals);
      this.about = true;
    }
    for (; this.taken < entries.length; this.taken++) {
      const entry = entries[this.taken];
      if (entry && !entry.removed) for (const d of entry.found) this.count(d);
    }
    // Copies: the counts go on changing here while the answer is on its way.
    return [...this.byId.values()].map((d) => ({ ...d }));
  }

  private restart(removals: number): void {
    this.byId = new Map();
    this.taken = 0;
    this.removals = removals;
    this.about = false;
  }

  /** Whether an entry from `from` on holds a detection that makes the page about the regulation. */
  private decidesAny(entries: readonly { found: Detection[]; removed?: true }[], from: number) {
    if (this.context.contextTerms.size === 0) return true;
    for (let i = from; i < entries.length; i++) {
      const entry = entries[i];
      if (entry && !entry.removed && entry.found.some((d) => decides(d, this.context))) return true;
    }
    return false;
  }

  private count(d: Detection): void {
    if (!this.about && d.kind === 'term' && this.context.contextTerms.has(d.id)) return;
    // Off the regulation's pages a motion's name keeps the id of its names (keepInContext).
    const id = !this.about && d.named !== undefined ? d.named : d.id;
    const seen = this.byId.get(id);
    if (seen) seen.count += 1;
    else this.byId.set(id, { id, kind: d.kind, text: d.text, count: 1 });
  }
}

/**
 * The summary of whichever index the page's session has now (none when marking is off), kept as
 * long as that index is the same and unchanged (`MarkIndex.version`): the popup and the side
 * panel ask often, and the answer is then the same array.
 */
export class SessionSummary {
  private summing: { index: MarkIndex; summary: PageSummary } | null = null;
  private last: {
    index: MarkIndex | undefined;
    version: number;
    detections: TabDetection[];
  } | null = null;

  constructor(private readonly context: PageContext) {}

  of(index: MarkIndex | undefined): TabDetection[] {
    const version = index?.version() ?? -1;
    const last = this.last;
    if (last && last.index === index && last.version === version) return last.detections;
    let detections: TabDetection[] = [];
    if (index) {
      if (this.summing?.index !== index)
        this.summing = { index, summary: new PageSummary(this.context) };
      detections = this.summing.summary.of(index);
    }
    this.last = { index, version, detections };
    return detections;
  }
}
