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
  return () => render(null, shadow);
}

/** Space kept free between the card and the window's edges, in CSS pixels. */
const EDGE = 8;
/** Below this the card's body is too short to be worth showing beside the reference. */
const MIN_HEIGHT = 160;

/**
 * Keeps `host` beside `anchor` and wholly inside the window for as long as it shows (scrolling,
 * resizing): below the reference or, where there is more room, above it (`flip`); moved along
 * both axes to stay in the window (`shift`); and no taller than the room there is (`size`: the
 * card's body scrolls, its head and footer stay). Returns the function that stops it.
 */
export function placeNear(anchor: VirtualElement, host: HTMLElement): () => void {
  const place = () => {
    void computePosition(anchor, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: EDGE, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        size({
          padding: EDGE,
          // Only the height is limited: sideways, `shift` moves the card (at most 26rem wide)
          // into the window instead, which keeps it readable in a narrow one.
          apply({ availableHeight }) {
            const room = Math.max(MIN_HEIGHT, Math.floor(availableHeight));
            const fit = Math.min(room, window.innerHeight - 2 * EDGE);
            host.style.setProperty('max-height', `${fit}px`, 'important');
          },
        }),
        // After size: a card held at its minimum height is moved back into the window.
        shift({ padding: EDGE, crossAxis: true }),
      ],
    }).then(({ x, y }) => {
      host.style.setProperty('left', `${x}px`, 'important');
      host.style.setProperty('top', `${y}px`, 'important');
    });
  };
  return autoUpdate(anchor, host, place);
}
