import { hasForms, mayNeedForms, useForms } from '../core/detect/form-slot';
import { runInSlices } from './slices';

let loading: Promise<void> | null = null;

/**
 * Loads the detector's rarer citation forms (EU acts, motions, publications, shape letterheads and
 * the other keyword-free forms listed in form-slot.ts) into their slot
 * (core/detect/form-slot.ts); resolves when they are in. A failed load (the extension went away)
 * rejects and is tried again on the next call.
 */
export function loadForms(): Promise<void> {
  loading ??= import('../core/detect/lazy-forms').then(
    ({ LAZY_FORMS }) => useForms(LAZY_FORMS),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Whether some text of the page may need those forms (`mayNeedForms`, text node by text node,
 * in idle slices, stopping at the first). A citation split over elements ("(<i>EU</i>)") is
 * missed here; the scan's stand-ins notice it (`formsMissed`) and the caller scans again.
 */
export async function pageNeedsForms(doc: Document, signal: AbortSignal): Promise<boolean> {
  if (hasForms()) return true;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let found = false;
  await runInSlices(() => {
    const node = walker.nextNode();
    if (!node) return false;
    found = mayNeedForms((node as Text).data);
    return !found;
  }, signal);
  return found;
}
