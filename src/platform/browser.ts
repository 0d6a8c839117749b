import type { Browser, Runtime } from 'webextension-polyfill';

/**
 * The one way Kamerlens talks to the WebExtension API, in every context (content script,
 * background, extension pages), typed by `@types/webextension-polyfill`.
 *
 * Both browsers Kamerlens supports answer with promises natively in Manifest V3: Firefox's
 * `browser.*` always has, and Chrome's `chrome.*` returns a promise whenever the callback is left
 * out (Chrome 99+; Kamerlens needs Chrome 120). So the object is the browser's own one, with no
 * wrapper: the `webextension-polyfill` library, which only adds that wrapper in Chrome, cost the
 * content script 3.4 KB gzip on every page. The one place the two differ for Kamerlens is an
 * `onMessage` listener that answers with a promise (Firefox only): use {@link onRuntimeMessage}.
 */
export const browser: Browser = (() => {
  // The only place the globals are read; everything else imports `browser` from here.
  // Firefox's own promise-based API; Chrome's `chrome`, promise-based without callbacks.
  const firefox = (globalThis as { browser?: Browser }).browser;
  return firefox?.runtime?.id ? firefox : (globalThis as unknown as { chrome: Browser }).chrome;
})();

/**
 * Listens for `runtime.onMessage` in a way both browsers follow: `handler` takes the message and
 * its sender and returns undefined (not ours: no answer) or the answer, possibly as a promise. The
 * answer goes back through `sendResponse` with the channel kept open (`return true`), which Chrome
 * and Firefox both honour; Chrome does not take a returned promise as the answer. A handler that
 * throws or rejects answers undefined (the callers read a missing answer as a failure).
 * Returns a function that removes the listener.
 */
export function onRuntimeMessage(
  handler: (message: unknown, sender: Runtime.MessageSender) => unknown,
): () => void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ): true | undefined => {
    let answer: unknown;
    try {
      answer = handler(message, sender);
    } catch {
      return undefined;
    }
    if (answer === undefined) return undefined;
    Promise.resolve(answer).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  // The typings describe the polyfill's promise-returning listener; the native one is this.
  const event = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
