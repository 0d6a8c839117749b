/**
 * `npm run demo`: the built extension in Chromium on the fixture pages, served locally under
 * their real host names. With a display it opens a browser window to try things in; without one
 * it runs headless and writes a screenshot of each page with a popover open.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, pointOfText, popoverRef, ROOT } from '../e2e/harness';

const PAGES: { url: string; hover: string }[] = [
  { url: 'https://nos.nl/artikel/chatcontrol.html', hover: 'Kamerstuk 26 643, nr. 1011' },
  { url: 'https://zoek.officielebekendmakingen.nl/kst-32317-977.html', hover: 'JBZ-Raad' },
  { url: 'https://nos.nl/artikel/donker.html', hover: 'Kamerstuk 32 317' },
  { url: 'https://tweakers.net/nieuws/vijandig.html', hover: 'Kamerstuk 32 317, nr. 977' },
];

const headless = !process.env.DISPLAY;
const outDir = path.join(ROOT, 'tests/artifacts/demo');

async function main(): Promise<void> {
  const session = await launch({ headless });
  if (!headless) {
    for (const { url } of PAGES) await (await session.context.newPage()).goto(url);
    console.log(
      'Kamerlens demo: hover a marked reference, or press Alt+Shift+K. Close the browser to stop.',
    );
    await new Promise((resolve) => session.context.on('close', resolve));
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [i, { url, hover }] of PAGES.entries()) {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
    const point = await pointOfText(page, hover);
    await page.mouse.move(point.x, point.y);
    // The popover's root is closed: read through CDP (tests/e2e/sealed-popover.ts).
    for (let tries = 0; (await popoverRef(page)) === null; tries++) {
      if (tries > 200) throw new Error(`no popover on ${url}`);
      await page.waitForTimeout(50);
    }
    const file = path.join(outDir, `${i + 1}-${new URL(url).hostname}.png`);
    await page.screenshot({ path: file });
    console.log(`${url}\n  → ${path.relative(ROOT, file)}`);
    await page.close();
  }
  await session.close();
  console.log(`No display: ran headless; screenshots are in ${path.relative(ROOT, outDir)}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
