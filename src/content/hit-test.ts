import type { PlacedMark } from './mark-index';

/** Where the marks the pointer can rest on are looked up (the ones shown, see ViewportMarks). */
export interface MarkLookup {
  markAt(node: Node, offset: number): PlacedMark | null;
}

interface Caret {
  node: Node;
  offset: number;
}

/** The text position under a point, through whichever caret API this browser has. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Open shadow roots must be named, or the caret stops at their host.
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  // Chromium before 128 only has the WebKit form.
  const legacy = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: StaticRange, x: number, y: number): boolean {
  for (const r of liveRange(range).getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/**
 * The mark under the pointer. The caret API snaps to the nearest character even beside the text,
 * so the hit is confirmed against the mark's own boxes; the character before the caret is tried
 * too, because the caret sits between characters.
 */
export function markAtPoint(
  marks: MarkLookup,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
  doc: Document = document,
): PlacedMark | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const candidate =
    marks.markAt(caret.node, caret.offset) ??
    (caret.offset > 0 ? marks.markAt(caret.node, caret.offset - 1) : null);
  return candidate && rectsContain(candidate.range, x, y) ? candidate : null;
}

/** A live Range for measuring; collapsed when the page changed the text under it meanwhile. */
export function liveRange(range: StaticRange): Range {
  const live = document.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    live.setStart(range.startContainer, 0);
  }
  return live;
}
