import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeBase, toLexicon } from '../core/data';
import { createDetector, type Detector } from '../core/detect';
import { createBaseline } from './bench-baseline';

// `npm run bench`: the detector's throughput on a corpus of at least 10 MB built from the seed
// texts, next to the baseline (one regular expression per term and per citation form) measured
// in the same run. The text is split into paragraphs and each is scanned on its own, as the
// content script scans one block of a page at a time. Prints numbers; asserts nothing.

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/golden');
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

function run(detect: Detector, blocks: string[]): { seconds: number; found: number } {
  const t0 = performance.now();
  let found = 0;
  for (const block of blocks) found += detect(block).length;
  return { seconds: (performance.now() - t0) / 1000, found };
}

function measure(detect: Detector, blocks: string[], mb: number, runs: number) {
  run(detect, blocks.slice(0, 2000)); // warm up the JIT
  const speeds: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const result = run(detect, blocks);
    speeds.push(mb / result.seconds);
    found = result.found;
  }
  speeds.sort((a, b) => a - b);
  return { median: speeds[Math.floor(speeds.length / 2)] ?? 0, best: speeds.at(-1) ?? 0, found };
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
console.log(
  `corpus    ${mb.toFixed(1)} MB in ${blocks.length} blocks (seeds), lexicon ${lexicon.terms.length} terms / ${spellings} spellings`,
);
console.log(
  `detector  ${fmt(ours.median)} MB/s median of ${RUNS} (best ${ours.best.toFixed(1)}), ${ours.found} detections, compiled in ${compileMs.toFixed(0)} ms`,
);
console.log(
  `baseline  ${fmt(base.median)} MB/s median of 3 (best ${base.best.toFixed(1)}), ${base.found} detections`,
);
console.log(`ratio     ${fmt(ours.median / base.median)}x`);
