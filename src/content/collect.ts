import { isFootnoteMark, maskFootnoteMark } from '../core/detect/footnote-marks';
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

/**
 * The rest of a parent's children, visited one at a time. Pushing all children at once would take
 * one step as long as the longest list of siblings: 38,000 paragraphs directly in one element
 * make a 20–130 ms task on their own.
 */
class Siblings {
  /** How many children were taken: where to go on if the page removed both below. */
  private taken = 1;
  /** The child after `prev` when `prev` was taken (not visited yet). */
  private upcoming: Node | null;

  constructor(
    private readonly parent: Node,
    /** The last child taken. */
    private prev: Node,
  ) {
    this.upcoming = prev.nextSibling;
  }

  /**
   * The next child to visit, or null. The page may change its children while the walk is
   * elsewhere: the last child taken tells where to go on while it stays, else the one that was
   * next to it, else the index (nodes the page adds are scanned as it adds them).
   */
  advance(): Node | null {
    const next =
      this.prev.parentNode === this.parent
        ? this.prev.nextSibling
        : this.upcoming?.parentNode === this.parent
          ? this.upcoming
          : (this.parent.childNodes[this.taken - 1] ?? null);
    if (next) {
      this.prev = next;
      this.upcoming = next.nextSibling;
      this.taken++;
    }
    return next;
  }
}

/** Blocks of only whitespace carry nothing to detect. */
const hasWords = (text: string) => /\S/.test(text);

/** The block element a text node belongs to when a walk starts below the page's top. */
export function blockOwnerOf(node: Node): Element | ShadowRoot {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  if (el) return el;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : document.documentElement;
}

/**
 * Walks `root` depth-first without recursion (pages nest thousands of levels deep), one block
 * per `next()`, so the caller can stop between blocks to keep tasks short. Open shadow roots of
 * the page's web components are walked as blocks of their own. After `next()` returned true,
 * `text` and `owner` are the block's; `block()` makes its `TextBlock`, which only the few blocks
 * holding a reference need (a long page has tens of thousands that hold none).
 */
export class BlockWalker {
  /** The current block's text (inline children joined). */
  text = '';
  /** The current block's owner: its innermost block-level element, or a shadow root. */
  owner: Element | ShadowRoot;
  /** The current block's text nodes and their offsets, when it was built node by node. */
  private nodes: Text[] | undefined;
  private starts: number[] | undefined;
  /** The block being built from inline content, node by node. */
  private parts = '';
  private partNodes: Text[] = [];
  private partStarts: number[] = [];
  private readonly owners: (Element | ShadowRoot)[];
  /** Nodes to visit, the rest of a parent's children, or markers closing a block element. */
  private readonly stack: (Node | Siblings | typeof BLOCK_END)[];

  constructor(root: Node) {
    this.owner = blockOwnerOf(root);
    this.owners = [this.owner];
    this.stack = [root];
  }

  /** Moves to the next block with words in it; false when the walk is done. */
  next(): boolean {
    const stack = this.stack;
    while (stack.length > 0) {
      let item = stack.pop();
      if (item === BLOCK_END) {
        const found = this.take();
        this.owners.pop();
        if (found) return true;
        continue;
      }
      if (item instanceof Siblings) {
        const next = item.advance();
        if (!next) continue;
        // The rest after this child, then the child (the stack's top) first.
        stack.push(item);
        item = next;
      }
      if (!item) continue;
      const type = item.nodeType;
      if (type === Node.TEXT_NODE) {
        this.partStarts.push(this.parts.length);
        this.partNodes.push(item as Text);
        this.parts += (item as Text).data;
        continue;
      }
      if (type === Node.ELEMENT_NODE) {
        const el = item as Element;
        const tag = el.tagName;
        if (tag === 'BR') {
          // A line break separates words without a text node of its own.
          if (this.partNodes.length > 0) this.parts += '\n';
          continue;
        }
        if (isSkipped(el, tag)) continue;
        if (tag === 'SUP' && this.takeNote(el)) continue;
        const inline = INLINE.has(tag);
        if (!inline && this.partNodes.length > 0) {
          // A block element ends the inline text before it: that block first, then this one.
          stack.push(el);
          if (this.take()) return true;
          continue;
        }
        const shadow = el.shadowRoot;
        if (!inline && !shadow && el.childElementCount === 0) {
          // A block of text only: read in one call, its nodes found when needed (`TextBlock`).
          const text = el.textContent ?? '';
          if (!hasWords(text)) continue;
          this.text = text;
          this.owner = el;
          this.nodes = undefined;
          this.starts = undefined;
          return true;
        }
        if (shadow) stack.push(shadow);
        if (!inline) {
          stack.push(BLOCK_END);
          this.owners.push(el);
        }
      } else if (item instanceof ShadowRoot) {
        if (this.partNodes.length > 0) {
          stack.push(item);
          if (this.take()) return true;
          continue;
        }
        stack.push(BLOCK_END);
        this.owners.push(item);
      } else if (type !== Node.DOCUMENT_NODE) {
        continue;
      }
      const first = item.firstChild;
      if (first) {
        if (first.nextSibling) stack.push(new Siblings(item, first));
        stack.push(first);
      }
    }
    return this.take();
  }

  /** The current block as a `TextBlock`. */
  block(): TextBlock {
    return new TextBlock(this.text, this.owner, this.nodes, this.starts);
  }

  /**
   * Takes `el` (a <sup>) into the block if it is a footnote marker (core/detect/footnote-marks.ts):
   * its text nodes join masked, so "nr. 760<sup>4</sup>" reads as nr. 760 while every offset
   * still maps to the page's nodes. (An in-page link is no sign: pages link parts of anything.)
   */
  private takeNote(el: Element): boolean {
    if (!isFootnoteMark(el.textContent ?? '')) return false;
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      this.partStarts.push(this.parts.length);
      this.partNodes.push(node as Text);
      this.parts += maskFootnoteMark((node as Text).data);
    }
    return true;
  }

  /** Ends the block built from inline content; true when it has words (it is then current). */
  private take(): boolean {
    if (this.partNodes.length === 0) return false;
    const text = this.parts;
    const nodes = this.partNodes;
    const starts = this.partStarts;
    this.parts = '';
    this.partNodes = [];
    this.partStarts = [];
    if (!hasWords(text)) return false;
    this.text = text;
    this.owner = this.owners[this.owners.length - 1] ?? document.documentElement;
    this.nodes = nodes;
    this.starts = starts;
    return true;
  }
}
