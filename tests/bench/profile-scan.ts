/**
 * `npx tsx tests/bench/profile-scan.ts [size]`: where the content script's time goes on a bench
 * page. Loads the page (default 5 MB) with the extension of $KAMERLENS_DIST (build it without
 * minifying for readable names: `npx vite build --minify false --outDir /tmp/dist-dev`), records
 * a V8 CPU profile from DOMContentLoaded until the last reference is reported plus one second,
 * and prints self and total time by function for the extension's scripts, and the page's
 * rendering and GC. Proportions only: the sampling profiler itself slows what it measures.
 */
import { extensionUrl, launch, OPTIONS_PAGE, ROOT } from '../e2e/harness';
import { buildPage, findSeeds, paragraphsOf } from './bench-pages';
import { lastReferenceFound } from './probes';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SIZES: Record<string, number> = { '100KB': 100_000, '1MB': 1_000_000, '5MB': 5_000_000 };

function report(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  let ours = 0;
  let all = 0;
  for (const [id, t] of self) {
    const node = byId.get(id);
    if (!node) continue;
    all += t;
    selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + t);
    // Inclusive time: once per distinct function on the stack.
    const seen = new Set<string>();
    let inExtension = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      if (n.callFrame.url.startsWith('chrome-extension://')) inExtension = true;
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      totalBy.set(l, (totalBy.get(l) ?? 0) + t);
    }
    if (inExtension) ours += t;
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`sampled ${all.toFixed(0)} ms, under the extension's scripts ${ours.toFixed(0)} ms`);
  console.log('\nself time:');
  for (const [l, t] of top(selfBy, 45)) console.log(`  ${t.toFixed(1).padStart(8)} ms  ${l}`);
  console.log('\ntotal time (extension functions):');
  for (const [l, t] of top(
    new Map([...totalBy].filter(([l]) => /\.js:/.test(l) && !/^\(/.test(l))),
    45,
  ))
    console.log(`  ${t.toFixed(1).padStart(8)} ms  ${l}`);
}

async function main(): Promise<void> {
  const size = SIZES[process.argv[2] ?? '5MB'] ?? 5_000_000;
  const html = buildPage('profile', size, paragraphsOf(findSeeds(ROOT).texts)).html;
  const session = await launch();
  try {
    await session.context.route('https://nos.nl/bench/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: route.request().url().endsWith('/blank.html') ? '<!doctype html><p>blank</p>' : html,
      }),
    );
    const control = await session.context.newPage();
    await control.goto(extensionUrl(OPTIONS_PAGE));
    // Warm-up load: the content script is compiled and cached as for a real reader.
    for (const round of [0, 1]) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await page.goto('https://nos.nl/bench/blank.html', { waitUntil: 'commit' });
      if (round === 1) await cdp.send('Profiler.start');
      const started = Date.now();
      await page.goto('https://nos.nl/bench/page.html', { waitUntil: 'domcontentloaded' });
      while (!(await lastReferenceFound(control, page.url())) && Date.now() - started < 120_000)
        await new Promise((r) => setTimeout(r, 100));
      console.log(`round ${round}: last reference found ${Date.now() - started} ms after start`);
      await new Promise((r) => setTimeout(r, 1000));
      if (round === 1) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        report(profile);
      }
      await page.close();
    }
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
