/**
 * Turns the page's DOM into text blocks: the text of one block-level element with its inline
 * children joined, so a reference split by a link ("Kamerstuk <a>34 843</a>, nr. 113") is one
 * string. Each block keeps its text nodes and where each starts, to map offsets back to the DOM.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  starts: number[];
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
  'NOBR',
]);

export function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('kamerlens-');
}

function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || isOwnUi(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if ((el as HTMLElement).isContentEditable) return true;
  return false;
}

const BLOCK_END = Symbol('block-end');

class BlockBuilder {
  text = '';
  nodes: Text[] = [];
  starts: number[] = [];

  add(node: Text): void {
    this.starts.push(this.text.length);
    this.nodes.push(node);
    this.text += node.data;
  }

  take(): TextBlock | null {
    if (this.nodes.length === 0) return null;
    const block = { text: this.text, nodes: this.nodes, starts: this.starts };
    this.text = '';
    this.nodes = [];
    this.starts = [];
    // Blocks of only whitespace carry nothing to detect.
    return /\S/.test(block.text) ? block : null;
  }
}

/**
 * Walks `root` depth-first without recursion (pages nest thousands of levels deep) and yields
 * one block at a time, so the caller can stop between blocks to keep tasks short. Open shadow
 * roots of the page's web components are walked as their own blocks.
 */
export function* walkBlocks(root: Node): Generator<TextBlock> {
  const builder = new BlockBuilder();
  // Each stack entry is a node to visit, or a marker closing a block element.
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === BLOCK_END) {
      const block = builder.take();
      if (block) yield block;
      continue;
    }
    if (!item) continue;
    if (item.nodeType === Node.TEXT_NODE) {
      builder.add(item as Text);
      continue;
    }
    let children: Node | null = item.lastChild;
    if (item.nodeType === Node.ELEMENT_NODE) {
      const el = item as Element;
      if (isSkipped(el)) continue;
      if (!INLINE.has(el.tagName)) {
        const block = builder.take();
        if (block) yield block;
        stack.push(BLOCK_END);
      }
      if (el.shadowRoot) stack.push(el.shadowRoot);
    } else if (item.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      const block = builder.take();
      if (block) yield block;
      stack.push(BLOCK_END);
    } else if (item.nodeType !== Node.DOCUMENT_NODE) {
      continue;
    }
    for (; children; children = children.previousSibling) stack.push(children);
  }
  const last = builder.take();
  if (last) yield last;
}
