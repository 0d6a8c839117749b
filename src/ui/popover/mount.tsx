import { render } from 'preact';
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import type { KnowledgeBase } from '../../core/data/types';
import { Popover, type PopoverProps } from './Popover';
import recordStyles from '../record/record.css?inline';
import popoverStyles from './popover.css?inline';

const styles = `${popoverStyles}\n${recordStyles}`;

/** What the content script supplies; the data is loaded here, in its own lazy chunk. */
export type PopoverContent = Omit<PopoverProps, 'kb'>;

let sheet: CSSStyleSheet | null = null;
let data: Promise<KnowledgeBase> | null = null;
/** Loads the data chunk once; a failed load is forgotten (tried again) and rejects to the caller. */
const loadData = () =>
  (data ??= import('../../core/data/bundled')
    .then((m) => m.knowledgeBase)
    .catch((error: unknown) => {
      data = null;
      throw error;
    }));

/** Starts loading the data before it is needed. */
export function preloadData(): void {
  // A failure here is met again, and handled, when the popover opens.
  loadData().catch(() => undefined);
}

/** Renders the popover into a shadow root; styles come in through `adoptedStyleSheets`. */
export async function mountPopover(
  shadow: ShadowRoot,
  content: PopoverContent,
): Promise<() => void> {
  const kb = await loadData();
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [sheet];
  render(<Popover {...content} kb={kb} />, shadow);
  // The title shows at most two lines (popover.css); the whole of it stays in the text, for
  // screen readers, and as the tooltip.
  const title = shadow.querySelector('.title');
  if (title?.textContent) title.setAttribute('title', title.textContent);
  return () => render(null, shadow);
}

/** Space kept free between the card and the window's edges, in CSS pixels. */
const EDGE = 8;
/** Gap between the reference and the card, in CSS pixels. */
const GAP = 6;
/**
 * The least height worth showing: head, a two-line title and the footer (about 180 px) plus a
 * middle of at least 140 px, enough for the facts line and the cabinet's position with its source.
 */
const NEED = 330;

type Side = 'below-or-above' | 'beside' | 'over';

/**
 * Where the card goes for a reference at `ref` (viewport box, CSS px) in a `width`×`height`
 * window, for a card `cardWidth` wide: above or below when either side has `NEED` px of room;
 * else beside the reference when the window has room for the card to its left or right; else,
 * as a last resort, over the reference's line (the card is moved into the window).
 */
export function sideFor(
  ref: { top: number; bottom: number; left: number; right: number },
  win: { width: number; height: number },
  cardWidth: number,
): Side {
  const need = Math.min(NEED, win.height - 2 * EDGE);
  const above = ref.top - GAP - EDGE;
  const below = win.height - ref.bottom - GAP - EDGE;
  if (Math.max(above, below) >= need) return 'below-or-above';
  const left = ref.left - GAP - EDGE;
  const right = win.width - ref.right - GAP - EDGE;
  return Math.max(left, right) >= cardWidth ? 'beside' : 'over';
}

/**
 * Keeps `host` beside `anchor` and wholly inside the window for as long as it shows (scrolling,
 * resizing): below the reference or, where there is more room, above it (`flip`); where neither
 * has room for a useful card (short windows, page zoom), to its right or left; failing that over
 * the reference's line. Moved along both axes to stay in the window (`shift`) and no taller than
 * the room there is (`size`: the card's middle scrolls, its head and footer stay), never shorter
 * than what shows the position. Returns the function that stops it.
 */
export function placeNear(anchor: VirtualElement, host: HTMLElement): () => void {
  const place = () => {
    const win = { width: window.innerWidth, height: window.innerHeight };
    const side = sideFor(anchor.getBoundingClientRect(), win, host.offsetWidth);
    const least = Math.min(NEED, win.height - 2 * EDGE);
    const fill = win.height - 2 * EDGE;
    void computePosition(anchor, host, {
      strategy: 'fixed',
      placement: side === 'beside' ? 'right-start' : 'bottom-start',
      middleware: [
        offset(GAP),
        flip({
          padding: EDGE,
          fallbackPlacements:
            side === 'beside'
              ? ['left-start', 'right-end', 'left-end']
              : ['top-start', 'bottom-end', 'top-end'],
        }),
        size({
          padding: EDGE,
          // Only the height is limited: sideways, `shift` moves the card (at most 26rem wide)
          // into the window instead, which keeps it readable in a narrow one.
          apply({ availableHeight }) {
            const room =
              side === 'below-or-above' ? Math.max(least, Math.floor(availableHeight)) : fill;
            host.style.setProperty('max-height', `${Math.min(room, fill)}px`, 'important');
          },
        }),
        // After size: a card held at its least height is moved back into the window, over
        // the reference's line if need be.
        shift({ padding: EDGE, crossAxis: true }),
      ],
    }).then(({ x, y }) => {
      host.style.setProperty('left', `${x}px`, 'important');
      host.style.setProperty('top', `${y}px`, 'important');
    });
  };
  return autoUpdate(anchor, host, place);
}
