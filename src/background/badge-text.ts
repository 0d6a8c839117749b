/** The toolbar badge shows the number of document references on a tab (terms are not counted). */
export const BADGE_COLOR = '#1f4f99';

export function badgeText(documentCount: number): string {
  if (documentCount <= 0) return '';
  return documentCount > 999 ? '999+' : String(documentCount);
}
