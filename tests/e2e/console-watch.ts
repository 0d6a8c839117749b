import type { Page } from 'playwright-core';

/**
 * Everything the page's console shows from now on, from every world in it (the page's own, the
 * content script's), read through CDP: console calls, uncaught exceptions and browser log
 * entries such as a failed resource load. One line each, "level: text".
 */
export async function watchConsole(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', (e) =>
    seen.push(`${e.type}: ${e.args.map((a) => String(a.value ?? a.description)).join(' ')}`),
  );
  cdp.on('Runtime.exceptionThrown', (e) =>
    seen.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
  );
  cdp.on('Log.entryAdded', (e) => seen.push(`${e.entry.level}: ${e.entry.text}`));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return seen;
}

/** Waits for `n` animation frames of the page: time for anything pending to happen. */
export const frames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
