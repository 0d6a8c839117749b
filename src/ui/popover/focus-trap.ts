const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), summary, [tabindex="0"]';

/**
 * Keeps Tab and Shift+Tab inside the card until Escape closes it (and returns focus to the
 * page): the card is reached from the keyboard, so its controls are its own tab cycle.
 * For the card's `keydown` handler; the card's shadow root may be closed, so the focused
 * element is read from the card's own root.
 */
export function trapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || !event.isTrusted) return;
  const card = event.currentTarget as HTMLElement;
  const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
