// A file of its own, not part of ./ids: the content script's detector needs only this, and a
// module goes whole into whatever chunk holds it; ./ids with its patterns and parsers is used by
// the card and the side panel, not on every page.

/** `motie-{slug of the names}` (CONTRACT §2): the id of motions known only by their submitters. */
export function motionSlugId(names: readonly string[]): string {
  const slug = names
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `motie-${slug}`;
}
