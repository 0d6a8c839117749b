import { TextBlock } from './text-block';

/**
 * Turns the page's DOM into text blocks (see `TextBlock`): what is detected, and where.
 */
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

/**
 * Whether a block's text shows. Asked only of blocks that hold a detection: a style lookup for
 * each of the tens of thousands of blocks on a long page costs more than the scan itself. The
 * browser's answer covers hidden ancestors too, so hidden subtrees need no check while walking.
 */
export function isShown(block: TextBlock): boolean {
  let el: Element | null = block.ownerElement;
  if ((el as HTMLElement).isContentEditable) return false;
  while (el) {
    if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return true;
    // `display: contents` has no box of its own, yet its children show if its parent does.
    if (getComputedStyle(el).display !== 'contents') return false;
    el = el.parentElement;
  }
  return true;
}

function isSkipped(el: Element, tag: string): boolean {
  if (SKIPPED.has(tag) || (tag.includes('-') && isOwnUi(el))) return true;
  // Most elements carry no attributes: one call answers for both checks below. Inline parts of a
  // block are not asked by `isShown`, so `hidden` and `contenteditable` are read here.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  return el.hasAttribute('contenteditable') && (el as HTMLElement).isContentEditable;
}

const BLOCK_END = Symbol('block-end');

/** Blocks of only whitespace carry nothing to detect. */
const hasWords = (text: string) => /\S/.test(text);

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
    const block = new TextBlock(this.text, owner, this.nodes, this.starts);
    this.text = '';
    this.nodes = [];
    this.starts = [];
    return hasWords(block.text) ? block : null;
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
    const type = item.nodeType;
    if (type === Node.TEXT_NODE) {
      builder.add(item as Text);
      continue;
    }
    if (type === Node.ELEMENT_NODE) {
      const el = item as Element;
      const tag = el.tagName;
      if (tag === 'BR') {
        builder.addBreak();
        continue;
      }
      if (isSkipped(el, tag)) continue;
      const shadow = el.shadowRoot;
      if (shadow) {
        onShadowRoot(shadow);
        stack.push(shadow);
      }
      const inline = INLINE.has(tag);
      if (!inline && !shadow && el.childElementCount === 0) {
        // A block of text only: read in one call, its nodes found when needed (`TextBlock`).
        const before = builder.take(owner());
        if (before) yield before;
        const text = el.textContent ?? '';
        if (hasWords(text)) yield new TextBlock(text, el);
        continue;
      }
      if (!inline) {
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
    } else if (type !== Node.DOCUMENT_NODE) {
      continue;
    }
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const last = builder.take(owner());
  if (last) yield last;
}
