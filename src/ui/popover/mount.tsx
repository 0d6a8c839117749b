import { render } from 'preact';
import { Popover, type PopoverProps } from './Popover';
import styles from './popover.css?inline';

export type PopoverContent = PopoverProps;

let sheet: CSSStyleSheet | null = null;

/** Renders the popover into a shadow root; styles come in through `adoptedStyleSheets`. */
export function mountPopover(shadow: ShadowRoot, content: PopoverContent): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [sheet];
  render(<Popover {...content} />, shadow);
  return () => render(null, shadow);
}
