import { blockOwnerOf, isOwnUi } from './collect';

/** Rescans at most this often, so a page that mutates without pause cannot keep us busy. */
const FLUSH_MS = 200;

export interface DomChanges {
  /** Subtrees whose text changed or arrived: rescan them. */
  rescan(root: Node): void;
  /** A subtree left the page: drop what was found in it. */
  removed(root: Node): void;
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // Our host is a direct child of <html> without light-DOM children: the node itself is ours.
  return el !== null && isOwnUi(el);
}

function isPageTop(node: Node): boolean {
  return node === document.body || node === document.documentElement;
}

/**
 * Watches the page (and the open shadow roots found while scanning) for changed text, in
 * batches. The only element Kamerlens adds, its popover host, is ignored, so our own changes
 * never start a scan.
 */
export class DomWatch {
  private readonly observer = new MutationObserver((records) => this.collect(records));
  private readonly pending = new Set<Node>();
  private readonly removedRoots = new Set<Node>();
  private timer = 0;

  constructor(private readonly changes: DomChanges) {}

  watch(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        this.pending.add(blockOwnerOf(record.target));
        continue;
      }
      const added = [...record.addedNodes].filter((n) => !(n instanceof Element && isOwnUi(n)));
      const removed = [...record.removedNodes].filter((n) => !(n instanceof Element && isOwnUi(n)));
      if (added.length === 0 && removed.length === 0) continue;
      for (const node of removed) this.removedRoots.add(node);
      const owner = blockOwnerOf(record.target);
      // Rescanning the whole page for one appended node would make chatty pages expensive:
      // at the top level only the new nodes are scanned.
      if (isPageTop(owner)) added.forEach((n) => this.pending.add(n));
      else this.pending.add(owner);
    }
    if ((this.pending.size > 0 || this.removedRoots.size > 0) && !this.timer) {
      this.timer = window.setTimeout(() => this.flush(), FLUSH_MS);
    }
  }

  private flush(): void {
    this.timer = 0;
    for (const root of this.removedRoots) this.changes.removed(root);
    this.removedRoots.clear();
    for (const root of this.pending) this.changes.rescan(root);
    this.pending.clear();
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = 0;
    this.pending.clear();
    this.removedRoots.clear();
  }
}
