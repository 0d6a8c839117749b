/**
 * npm run bench:card-fit: how many cards fit the window on the long fixture article
 * (tests/fixtures/pages/nos.nl/artikel/dossier.html) at 1280×800, 1366×650 and 400×800. Each
 * document reference is hovered once, in turn near the top, in the middle and near the bottom of
 * the window; a card fits when it lies wholly in the window with its title and official link
 * (where it has one) in view. Prints one line per window size. Compare builds with
 * KAMERLENS_DIST=/path/to/dist.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DIST, highlightSize, launch, pointOfText, popoverRef, ROOT } from '../e2e/harness';
import { cardLayout, inside, type CardLayout } from '../e2e/helpers-card';

const FIXTURE = path.join(ROOT, 'tests/fixtures/pages/nos.nl/artikel/dossier.html');
const URL = 'https://nos.nl/artikel/dossier.html';
const WINDOWS = [
  { width: 1280, height: 800 },
  { width: 1366, height: 650 },
  { width: 400, height: 800 },
];
const PLACES = [0.04, 0.5, 0.93];

/** The document references on the fixture, first occurrences, as `npm run scan` finds them. */
function references(): { text: string; id: string }[] {
  const out = spawnSync('npx', ['tsx', path.join(ROOT, 'src/cli/scan.ts'), FIXTURE], {
    encoding: 'utf8',
  }).stdout;
  const seen = new Set<string>();
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; id: string; kind: string })
    .filter((d) => d.kind !== 'term' && !seen.has(d.text) && seen.add(d.text));
}

function fitsWindow(layout: CardLayout): boolean {
  const win = { left: 0, top: 0, right: layout.window.width, bottom: layout.window.height };
  const seen = (b: CardLayout['title']) => b !== null && inside(b, win) && inside(b, layout.card);
  const linkOk = layout.official === null || seen(layout.official);
  return inside(layout.card, win) && seen(layout.title) && linkOk;
}

const session = await launch();
const refs = references();
console.log(`card fit on dossier.html, ${refs.length} document references, build ${DIST}`);
try {
  for (const size of WINDOWS) {
    const page = await session.context.newPage();
    await page.setViewportSize(size);
    await page.goto(URL);
    while ((await highlightSize(page, 'kamerlens-document')) === 0) await page.waitForTimeout(50);
    let fit = 0;
    let opened = 0;
    const unopened: string[] = [];
    for (const [i, ref] of refs.entries()) {
      const place = PLACES[i % PLACES.length] ?? 0.5;
      // A reference whose text the page splits over several nodes is not found: skipped.
      const point = await pointOfText(page, [ref.text, place]).catch(() => null);
      if (!point) continue;
      let layout: CardLayout | null = null;
      for (let attempt = 0; attempt < 60 && !layout; attempt++) {
        await page.mouse.move(point.x + (attempt % 2), point.y);
        if ((await popoverRef(page)) !== null) {
          await page.waitForTimeout(150); // let placement settle
          layout = await cardLayout(page);
        } else await page.waitForTimeout(50);
      }
      if (!layout) {
        unopened.push(`${ref.text} at ${place}`);
        continue;
      }
      opened++;
      if (fitsWindow(layout)) fit++;
      else if (process.env.VERBOSE) console.log(JSON.stringify({ ref: ref.text, place, layout }));
      await page.keyboard.press('Escape');
    }
    // A card that never opened is reported, not silently left out of the count.
    const missing = unopened.length > 0 ? `; no card opened for ${unopened.join(', ')}` : '';
    console.log(`${size.width}×${size.height}: ${fit} of ${opened} cards fit${missing}`);
    await page.close();
  }
} finally {
  await session.close();
}
