import { render } from 'preact';
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
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

/**
 * Keeps `host` beside `anchor`, flipping and shifting so it never runs off-screen, for as long
 * as it shows (scrolling, resizing). Returns the function that stops it.
 */
export function placeNear(anchor: VirtualElement, host: HTMLElement): () => void {
  const place = () => {
    void computePosition(anchor, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      host.style.setProperty('left', `${x}px`, 'important');
      host.style.setProperty('top', `${y}px`, 'important');
    });
  };
  return autoUpdate(anchor, host, place);
}
