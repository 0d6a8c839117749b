import type { PageDate } from '../core/messages';
import type { Settings } from '../core/settings';
import { recordTrail, showRef } from '../platform/background-client';
import { resolveLang } from '../ui/lang';
import { liveRange } from './hit-test';
import type { LazyPopover } from './lazy-popover';
import type { PlacedMark } from './mark-index';
import { stepTarget } from './step';

// What happens once the reader acts on a mark (a card opens, a key steps to the next one): its
// code loads on first use or once the page has marks, not with every page (README, Performance).

/** What opening a card needs besides the mark: the reader's settings, the page and callbacks. */
export interface CardOptions {
  settings: Settings;
  dark: boolean;
  pageDate: PageDate;
  /** The page-level decision (TabState): a motion's name means the debate's motion only then. */
  aboutRegulation: boolean;
  doc: Document;
  /** Move focus into the card (keyboard and popup use). */
  focus: boolean;
  /** References already recorded in the research trail during this page load (updated here). */
  recorded: Set<string>;
  onPickDate(date: string): void;
  onClose(): void;
}

/**
 * Opens the card for `mark` in `popover`; once it shows, the side panel follows it and the
 * visit goes into the research trail (when on; once per reference per page load).
 */
export async function openCard(
  popover: LazyPopover,
  mark: PlacedMark,
  options: CardOptions,
): Promise<void> {
  const { detection } = mark;
  // Off the regulation's pages a motion's name is not the debate's motion (context.ts).
  const refId =
    !options.aboutRegulation && detection.named !== undefined ? detection.named : detection.id;
  await popover.open(liveRange(mark.range), {
    refId,
    resolveNames: options.aboutRegulation,
    refKind: detection.kind,
    text: detection.text,
    lang: resolveLang(options.settings.language, navigator.language),
    dark: options.dark,
    pageDate: options.pageDate,
    // The card shows the new date itself; opening it again would take the reader's focus.
    onPickDate: options.onPickDate,
    onClose: options.onClose,
  });
  if (options.focus) popover.focus();
  // The side panel, when open, follows the reference the reader looks at.
  if (popover.isOpen()) void showRef(refId);
  // At most one visit per reference per page load: in-page navigation (pushState) and
  // reopening do not add more. Only the reader's own hover, keys or popup click get here.
  if (options.settings.trailEnabled && popover.isOpen() && !options.recorded.has(refId)) {
    options.recorded.add(refId);
    void recordTrail({
      url: location.href,
      title: options.doc.title,
      pageDate: options.pageDate.date,
      refId,
      refKind: detection.kind,
      text: detection.text,
    });
  }
}

/**
 * The index in `marks` (document order) to move to with next (1) or previous (-1) from
 * `current` (-1: none), measured on screen (`stepTarget`); -1 when there are no marks.
 */
export function stepAmong(
  marks: readonly PlacedMark[],
  direction: 1 | -1,
  current: number,
  viewportHeight: number,
): number {
  return stepTarget(
    marks.length,
    direction,
    current,
    (i) => liveRange((marks[i] as PlacedMark).range).getBoundingClientRect(),
    viewportHeight,
  );
}
