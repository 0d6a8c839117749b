/** Every popover host's tag starts so (CONTRACT.md §4); the rest is drawn anew for each host. */
export const POPOVER_TAG_PREFIX = 'kamerlens-card-';

/**
 * A tag no page can have defined in advance: `kamerlens-card-` and ten random base-36 characters
 * (about 51 bits). A page's own custom-element definition of our tag would run the page's code on
 * the host (an upgrade) and could stop the popover; a name first seen when the host is added
 * cannot have been defined before. `random` fills the bytes (default: `crypto.getRandomValues`).
 * Returns a valid custom-element name (lower case, starts with a letter, has a hyphen).
 */
export function unpredictableTag(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  let suffix = '';
  for (const byte of random(new Uint8Array(10))) suffix += (byte % 36).toString(36);
  return POPOVER_TAG_PREFIX + suffix;
}
