import type { Reply } from '../core/messages';
import { ask } from './ask-background';
import type { Note, VisitInput } from '../core/trail';

export { reportDetections } from './ask-background';

/**
 * Reports that the popover of a reference opened. The background records it only while the
 * research trail is on (and not twice for the same look); resolves to whether it was recorded.
 */
export async function recordTrail(entry: VisitInput): Promise<boolean> {
  const reply = await ask({ type: 'trail-record', entry });
  return reply.ok && reply.value.recorded;
}

/**
 * The user's note on a reference as a reply: the note or null, or why it could not be read (a
 * storageFailure code or the background's words). An editor must not offer an empty field on a
 * failure: saving it would replace the note it could not read.
 */
export function loadNote(refId: string): Promise<Reply<Note | null>> {
  return ask({ type: 'note-get', refId });
}

/** Saves a note; an empty text removes it. The reply says whether it was saved. */
export function setNote(refId: string, text: string): Promise<Reply<Note | null>> {
  return ask({ type: 'note-set', refId, text });
}

/** Makes the registered content scripts match the granted sites; resolves to the user's origins. */
export function syncSites(): Promise<Reply<{ origins: string[] }>> {
  return ask({ type: 'sites-sync' });
}

/** Tells the side panel (through the background) which reference a card on this tab shows. */
export async function showRef(refId: string): Promise<void> {
  await ask({ type: 'ref-shown', refId });
}

/**
 * "More" in a card: asks the background to open the side panel at `refId`. Call it from the
 * click itself. Resolves to whether the panel opened (false: the browser refused, say so).
 */
export async function openSidePanelAt(refId: string): Promise<boolean> {
  const reply = await ask({ type: 'open-side-panel', refId });
  return reply.ok && reply.value.opened;
}
