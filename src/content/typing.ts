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
 * inside the page's open shadow roots). Keyboard commands do nothing then, so a shortcut never
 * takes over keys meant for a form or an editor.
 */
export function isTyping(doc: Document = document): boolean {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return false;
  if (active instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(active.type);
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  return active instanceof HTMLElement && active.isContentEditable;
}
