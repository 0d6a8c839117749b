import type { ToContent } from '../core/messages';

/**
 * The manifest's keyboard `commands` (rebindable at chrome://extensions/shortcuts or in Firefox's
 * add-on manager). Names are part of the manifest; keep the two in step.
 */
export const COMMANDS = {
  next: 'next-reference',
  previous: 'previous-reference',
  sidePanel: 'open-side-panel',
} as const;

export type CommandAction = { tab: ToContent } | { sidePanel: true } | null;

/** What a command does: a message for the tab's content script, opening the side panel, or nothing. */
export function commandAction(command: string): CommandAction {
  switch (command) {
    case COMMANDS.next:
      return { tab: { type: 'step', direction: 1 } };
    case COMMANDS.previous:
      return { tab: { type: 'step', direction: -1 } };
    case COMMANDS.sidePanel:
      return { sidePanel: true };
    default:
      return null;
  }
}
