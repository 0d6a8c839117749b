import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { knowledgeBase, toLexicon } from '../core/data';
import { createDetector, type Detection } from '../core/detect';
import { createBaseline } from './bench-baseline';
import { measureHtmlScan, median } from './bench-html';

// `npm run bench`: the detector's throughput on a corpus of at least 10 MB built from the seed
// texts, next to the baseline (one regular expression per term and per citation form) measured
// in the same run. The text is split into paragraphs and each is scanned on its own, as the
// content script scans one block of a page at a time. Prints numbers; asserts nothing.
//
// Throughput is given per second of wall time and per second of CPU time of this process: on a
// shared machine other processes take turns on the cores, which stretches wall time but not the
// CPU time the work itself needs. The ratio compares CPU times.
//
// Last, HTML throughput (bench-html.ts): the HTML reader alone on a 5 MB page, and the whole
// `scan` command on pages of 1, 5 and 20 MB, in this process and as a process of its own.

// The repository, given by the runner when this file runs bundled from a temporary directory.
const ROOT = process.env.KAMERLENS_ROOT ?? join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/golden');
const TARGET_BYTES = 10 * 1024 * 1024;
const RUNS = 5;

function corpus(): string[] {
  const seeds = readdirSync(FIXTURES)
    .filter((f) => /^seed-.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  const blocks = seeds.flatMap((s) => s.split(/\n[ \t]*\n/)).filter((b) => b.trim() !== '');
  const out: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const block of blocks) {
      out.push(block);
      bytes += Buffer.byteLength(block);
    }
  }
  return out;
}

type Detect = (text: string) => Detection[];

function run(detect: Detect, blocks: string[]): { wall: number; cpu: number; found: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let found = 0;
  for (const block of blocks) found += detect(block).length;
  const cpu = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, found };
}

function measure(detect: Detect, blocks: string[], mb: number, runs: number) {
  run(detect, blocks.slice(0, 2000)); // warm up the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const result = run(detect, blocks);
    wall.push(mb / result.wall);
    cpu.push(mb / result.cpu);
    found = result.found;
  }
  return { wall: median(wall), cpu: median(cpu), best: Math.max(...wall), found };
}

const blocks = corpus();
const mb = blocks.reduce((sum, b) => sum + Buffer.byteLength(b), 0) / 1e6;
const lexicon = toLexicon(knowledgeBase);
const t0 = performance.now();
const detector = createDetector(lexicon);
const compileMs = performance.now() - t0;
const ours = measure(detector, blocks, mb, RUNS);
const base = measure(createBaseline(lexicon), blocks, mb, 3);
const spellings = lexicon.terms.reduce((n, t) => n + t.variants.length, 0);

const fmt = (n: number): string => n.toFixed(1).padStart(7);
const row = (name: string, r: ReturnType<typeof measure>, runs: number): string =>
  `${name}${fmt(r.cpu)} MB/s per CPU second, ${fmt(r.wall)} MB/s wall ` +
  `(median of ${runs}, best wall ${r.best.toFixed(1)}), ${r.found} detections`;
console.log(
  `corpus    ${mb.toFixed(1)} MB in ${blocks.length} blocks (seeds), ` +
    `lexicon ${lexicon.terms.length} terms / ${spellings} spellings, detector built in ${compileMs.toFixed(0)} ms`,
);
console.log(row('detector ', ours, RUNS));
console.log(row('baseline ', base, 3));
console.log(
  `ratio    ${fmt(ours.cpu / base.cpu)}x (CPU time); load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
);

const html = measureHtmlScan(blocks, [1, 5, 20], 3, process.env.KAMERLENS_SCAN);
const rate = (r: { cpu: number; wall: number }): string =>
  `${fmt(r.cpu)} MB/s per CPU second, ${fmt(r.wall)} MB/s wall`;
console.log(`html      pages of the seed blocks as paragraphs, links, lists, scripts; median of 3`);
console.log(
  `  reader  ${rate(html.reader)} (visible text of the ${html.reader.mb.toFixed(1)} MB page)`,
);
console.log('  scan    read, decode, visible text, detector built, detection, output lines:');
for (const page of html.pages) {
  const size = `${page.mb.toFixed(1)} MB`.padStart(7);
  console.log(`  ${size} in this process   ${rate(page.inProcess)}, ${page.lines} lines`);
  if (page.process)
    console.log(`  ${size} as a process     ${rate(page.process)} (start-up included)`);
}
if (html.fixed) {
  console.log(
    `  start-up of the scan process on an empty page: ${html.fixed.wall.toFixed(0)} ms wall, ` +
      `${html.fixed.cpu.toFixed(0)} ms CPU; load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
  );
}
