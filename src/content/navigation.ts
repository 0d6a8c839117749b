/**
 * Calls `onChange` when a single-page app moves to another address without a page load. Content
 * scripts cannot wrap the page's own `history.pushState` (it lives in another world), so this
 * uses the Navigation API where present and otherwise notices the URL change on popstate and in
 * the batched DOM updates that follow any in-page navigation.
 */
export function watchNavigation(onChange: () => void, signal: AbortSignal): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check, { signal });
  addEventListener('popstate', check, { signal });
  return check;
}
