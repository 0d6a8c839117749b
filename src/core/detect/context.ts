import type { Detection, Lexicon, PageContext } from './types';

// Terms in context (issue 12, kind 11). Some glossary words have a general meaning besides the
// debate's: "voorzitterschap" (of any meeting), "proportionaliteit", "AIVD", "commissiedebat".
// Such a term (`needsContext` in data/terms.json) is kept only on a page that is about the
// regulation: one where a term specific to the debate, or a document the data bundles, is found
// too. The decision is over the whole page, so it takes every detection of the page at once; the
// content script and `scan` both call it with everything they found.
//
// Motions named without their number follow the same decision: the data knows the motions of
// this debate by their submitters' names, but the same members submit motions on every subject.
// A name resolves to a bundled motion ("motie-Van Raan" → kst-26643-885) only on a page about the
// regulation, and not on a page dated before that motion; elsewhere it keeps the id the names
// alone give (`motie-van-raan`, CONTRACT §2). Such a name never itself makes a page about it.

/** The page context of a lexicon: its context terms, bundled documents and known motions. */
export function createPageContext(lexicon: Lexicon): PageContext {
  return {
    contextTerms: new Set(lexicon.terms.filter((t) => t.needsContext === true).map((t) => t.id)),
    documents: new Set([...(lexicon.documents ?? []), ...lexicon.motions.map((m) => m.id)]),
    motionSince: new Map(
      lexicon.motions.flatMap((m) => {
        const since = m.since ?? m.days?.[0];
        return since !== undefined ? [[m.id, since] as const] : [];
      }),
    ),
  };
}

/** Whether `d` is a term kept only on pages about the regulation. */
export function needsContext(d: Detection, context: PageContext): boolean {
  return d.kind === 'term' && context.contextTerms.has(d.id);
}

/**
 * Whether `d` alone makes its page about the regulation: a term specific to the debate, or a
 * bundled document or known motion. A page is about it exactly when one of its detections is,
 * so a scan can keep a count instead of deciding over the whole page again.
 */
export function decides(d: Detection, context: PageContext): boolean {
  if (d.named !== undefined) return false;
  return d.kind === 'term' ? !context.contextTerms.has(d.id) : context.documents.has(d.id);
}

/** Whether `found` (every detection of one page) shows the page is about the regulation. */
export function isAboutRegulation(found: Iterable<Detection>, context: PageContext): boolean {
  for (const d of found) if (decides(d, context)) return true;
  return false;
}

/**
 * Whether a motion named without number keeps the bundled motion its names resolved to: only on
 * a page `about` the regulation, and only when the page's `date` (YYYY-MM-DD; undefined: not
 * known) is not before that motion's first day. True for every other detection.
 */
export function keepsNamedMotion(
  d: Detection,
  context: PageContext,
  about: boolean,
  date?: string,
): boolean {
  if (d.named === undefined) return true;
  return about && (date === undefined || (context.motionSince?.get(d.id) ?? '') <= date);
}

/**
 * The detections of a page to keep, as the page-level decision has them: all of `found` on a
 * page about the regulation, otherwise all but the terms that need that context; a motion named
 * without number that `keepsNamedMotion` refuses gets the id of its names (`named`). `date` is
 * the page's date (YYYY-MM-DD), where known. `found` itself when nothing changes (no copy of a
 * long page's tens of thousands), else a new array holding the same objects but for the motions
 * given their names' id (new objects), in the same order.
 */
export function keepInContext(
  found: readonly Detection[],
  context: PageContext,
  date?: string,
): readonly Detection[] {
  const about = isAboutRegulation(found, context);
  const keepTerms = about || context.contextTerms.size === 0;
  let out: Detection[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const d = found[i] as Detection;
    const dropped = !keepTerms && d.kind === 'term' && context.contextTerms.has(d.id);
    const renamed = !keepsNamedMotion(d, context, about, date);
    if (!dropped && !renamed && out === null) continue;
    out ??= found.slice(0, i);
    if (renamed) {
      const { named, ...rest } = d;
      out.push({ ...rest, id: named as string });
    } else if (!dropped) out.push(d);
  }
  return out ?? found;
}
