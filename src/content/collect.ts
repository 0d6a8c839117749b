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
  /** The innermost block-level element (or shadow root) holding the text: what a rescan redoes. */
  owner: Element | ShadowRoot;
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

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Only block elements are asked: one style lookup per block keeps collection cheap.
  if (isInline(el) || typeof el.checkVisibility !== 'function' || el.checkVisibility())
    return false;
  // `display: contents` has no box of its own, yet its children show.
  return getComputedStyle(el).display !== 'contents';
}

function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || isOwnUi(el)) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  return isHidden(el);
}

const BLOCK_END = Symbol('block-end');

class BlockBuilder {
  text = '';
  nodes: Text[] = [];
  starts: number[] = [];

  /** A line break separates words without a text node of its own (`<br>`). */
  addBreak(): void {
    if (this.nodes.length > 0) this.text += '\n';
  }

  add(node: Text): void {
    this.starts.push(this.text.length);
    this.nodes.push(node);
    this.text += node.data;
  }

  take(owner: Element | ShadowRoot): TextBlock | null {
    if (this.nodes.length === 0) return null;
    const block = { text: this.text, nodes: this.nodes, starts: this.starts, owner };
    this.text = '';
    this.nodes = [];
    this.starts = [];
    // Blocks of only whitespace carry nothing to detect.
    return /\S/.test(block.text) ? block : null;
  }
}

/** The block element a text node belongs to when a walk starts below the page's top. */
export function blockOwnerOf(node: Node): Element | ShadowRoot {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  if (el) return el;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : document.documentElement;
}

/**
 * Walks `root` depth-first without recursion (pages nest thousands of levels deep) and yields
 * one block at a time, so the caller can stop between blocks to keep tasks short. Open shadow
 * roots of the page's web components are walked as blocks of their own and reported through
 * `onShadowRoot`, so the caller can watch them too.
 */
export function* walkBlocks(
  root: Node,
  onShadowRoot: (shadow: ShadowRoot) => void = () => undefined,
): Generator<TextBlock> {
  const builder = new BlockBuilder();
  const owners: (Element | ShadowRoot)[] = [blockOwnerOf(root)];
  const owner = () => owners[owners.length - 1] ?? document.documentElement;
  // Each stack entry is a node to visit, or a marker closing a block element.
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === BLOCK_END) {
      const block = builder.take(owner());
      owners.pop();
      if (block) yield block;
      continue;
    }
    if (!item) continue;
    if (item.nodeType === Node.TEXT_NODE) {
      builder.add(item as Text);
      continue;
    }
    if (item.nodeType === Node.ELEMENT_NODE) {
      const el = item as Element;
      if (el.tagName === 'BR') {
        builder.addBreak();
        continue;
      }
      if (isSkipped(el)) continue;
      if (el.shadowRoot) {
        onShadowRoot(el.shadowRoot);
        stack.push(el.shadowRoot);
      }
      if (!isInline(el)) {
        const block = builder.take(owner());
        if (block) yield block;
        stack.push(BLOCK_END);
        owners.push(el);
      }
    } else if (item instanceof ShadowRoot) {
      const block = builder.take(owner());
      if (block) yield block;
      stack.push(BLOCK_END);
      owners.push(item);
    } else if (item.nodeType !== Node.DOCUMENT_NODE) {
      continue;
    }
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const last = builder.take(owner());
  if (last) yield last;
}
