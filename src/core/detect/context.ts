import type { Detection, Lexicon, PageContext } from './types';

// Terms in context (issue 12, kind 11). Some glossary words have a general meaning besides the
// debate's: "voorzitterschap" (of any meeting), "proportionaliteit", "AIVD", "commissiedebat".
// Such a term (`needsContext` in data/terms.json) is kept only on a page that is about the
// regulation: one where a term specific to the debate, or a document the data bundles, is found
// too. The decision is over the whole page, so it takes every detection of the page at once; the
// content script and `scan` both call it with everything they found.

/** The page context of a lexicon: its context terms, bundled documents and known motions. */
export function createPageContext(lexicon: Lexicon): PageContext {
  return {
    contextTerms: new Set(lexicon.terms.filter((t) => t.needsContext === true).map((t) => t.id)),
    documents: new Set([...(lexicon.documents ?? []), ...lexicon.motions.map((m) => m.id)]),
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
  return d.kind === 'term' ? !context.contextTerms.has(d.id) : context.documents.has(d.id);
}

/** Whether `found` (every detection of one page) shows the page is about the regulation. */
export function isAboutRegulation(found: Iterable<Detection>, context: PageContext): boolean {
  for (const d of found) if (decides(d, context)) return true;
  return false;
}

/**
 * The detections of a page to keep: all of `found` on a page about the regulation (then `found`
 * itself: no copy of a long page's tens of thousands); otherwise all but the terms that need
 * that context. The same objects, in the same order.
 */
export function keepInContext(
  found: readonly Detection[],
  context: PageContext,
): readonly Detection[] {
  if (context.contextTerms.size === 0 || isAboutRegulation(found, context)) return found;
  return found.filter((d) => d.kind !== 'term' || !context.contextTerms.has(d.id));
}
