/** Input types where letters are typed; buttons, checkboxes and the like take no text. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/**
 * Whether the reader is typing: focus in a text field, a select or an editable area (including
 * inside the page's open shadow roots and the popover's closed one). Keyboard commands do nothing then, so a shortcut never
 * takes over keys meant for a form or an editor.
 */
export function isTyping(
  doc: Document = document,
  /** Our own closed root, which `shadowRoot` cannot see into: the popover's date field. */
  ownRoot: (host: Element) => ShadowRoot | null = () => null,
): boolean {
  let active: Element | null = doc.activeElement;
  for (;;) {
    const root: ShadowRoot | null = active ? (active.shadowRoot ?? ownRoot(active)) : null;
    if (!root?.activeElement) break;
    active = root.activeElement;
  }
  if (!active) return false;
  if (active instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(active.type);
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  return active instanceof HTMLElement && active.isContentEditable;
}
