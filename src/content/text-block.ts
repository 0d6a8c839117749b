/**
 * The text of one block-level element with its inline children joined, so a reference split by
 * a link ("Kamerstuk <a>34 843</a>, nr. 113") is one string. It knows its text nodes and where
 * each starts, to map offsets back to the DOM.
 *
 * A block whose element holds text only (the common `<p>…</p>`) is read with one `textContent`
 * and finds its nodes when first asked: most blocks on a long page are never hovered or shown,
 * and touching every text node from script is what makes a scan of megabytes slow.
 */
export class TextBlock {
  private gathered: { nodes: Text[]; starts: number[] } | null;

  constructor(
    readonly text: string,
    /** The innermost block-level element (or shadow root) holding the text: what a rescan redoes. */
    readonly owner: Element | ShadowRoot,
    nodes?: Text[],
    starts?: number[],
  ) {
    this.gathered = nodes && starts ? { nodes, starts } : null;
  }

  /** The block's text nodes in order. */
  get nodes(): Text[] {
    return this.gather().nodes;
  }

  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  get starts(): number[] {
    return this.gather().starts;
  }

  /** The element to observe or ask about the block: a shadow root's host stands for it. */
  get ownerElement(): Element {
    return this.owner instanceof ShadowRoot ? this.owner.host : this.owner;
  }

  /** A node at the block's start, to order blocks by document position without gathering. */
  get first(): Node {
    return this.gathered?.nodes[0] ?? this.owner;
  }

  private gather(): { nodes: Text[]; starts: number[] } {
    if (this.gathered) return this.gathered;
    const nodes: Text[] = [];
    const starts: number[] = [];
    let at = 0;
    for (let child = this.owner.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== Node.TEXT_NODE) continue;
      nodes.push(child as Text);
      starts.push(at);
      at += (child as Text).length;
    }
    this.gathered = { nodes, starts };
    return this.gathered;
  }
}
