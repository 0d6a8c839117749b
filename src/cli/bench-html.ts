import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanTo } from './scan-command';
import { visibleText } from './visible-text';

// HTML throughput through `scan` (issue 12, kind 12): pages of 1, 5 and 20 MB made of the
// corpus's blocks as paragraphs with inline links, headings, a list, and script and style
// elements that the reader skips, written to files and scanned as `npm run scan -- page.html`
// would: read, decode, visible text, detector built, detection, output lines. Measured two
// ways: `scanTo` in this process (after one warm-up scan, median of three; its chunks of output
// counted, as the command writes them out), and the bundled
// command in a process of its own per run with its output to /dev/null — what a user waits
// for, start-up, cold code and all.

/** An HTML page of at least `bytes` UTF-8 bytes built from `blocks`. */
export function htmlPage(blocks: readonly string[], bytes: number): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = ['<!DOCTYPE html><html lang="nl"><head><title>Bench</title></head><body><main>'];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const block = escape(blocks[k % blocks.length] ?? '');
    const words = block.split(' ');
    const half = Math.floor(words.length / 2);
    const linked = `${words.slice(0, half).join(' ')} <a href="#b${k}">${words.slice(half).join(' ')}</a>`;
    const piece =
      k % 50 === 0
        ? `<h2>Deel ${k}</h2><script>var x${k} = "<p>niet zichtbaar</p>";</script><style>p{margin:0}</style>`
        : k % 7 === 0
          ? `<ul><li>${linked}</li></ul>`
          : `<p class="tekst">${linked}</p>\n`;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  parts.push('</main></body></html>');
  return parts.join('');
}

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median MB/s per second of wall time and per second of CPU time. */
export interface Rate {
  wall: number;
  cpu: number;
}

export interface PageThroughput {
  mb: number;
  /** `scanTo` in this process. */
  inProcess: Rate;
  /** The bundled `scan` command in a process of its own; undefined when not bundled. */
  process: Rate | undefined;
  /** Lines `scan` printed. */
  lines: number;
}

export interface HtmlThroughput {
  /** The HTML reader alone (visible text) on the 5 MB page, after a warm-up run. */
  reader: Rate & { mb: number };
  pages: PageThroughput[];
  /** Wall and CPU milliseconds of the `scan` process on an empty page: start-up and set-up. */
  fixed: { wall: number; cpu: number } | undefined;
}

/** CPU seconds used by this process's finished children (Linux /proc; undefined elsewhere). */
function childrenCpu(): number | undefined {
  try {
    // Fields 16 and 17 (cutime, cstime) in clock ticks of 1/100 s; the name in field 2 is in
    // parentheses and may hold spaces, so count from its end.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** Seconds of wall and CPU time of `work`, CPU of this process or of its children. */
function timed(work: () => void, children: boolean): { wall: number; cpu: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const k0 = childrenCpu() ?? 0;
  work();
  const c = process.cpuUsage(c0);
  const wall = (performance.now() - t0) / 1000;
  return { wall, cpu: children ? (childrenCpu() ?? 0) - k0 || wall : (c.user + c.system) / 1e6 };
}

function rate(mb: number, runs: number, work: () => void, children: boolean): Rate {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = timed(work, children);
    wall.push(mb / t.wall);
    cpu.push(mb / t.cpu);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * HTML throughput of the reader and of `scan` on pages of `sizes` MB, median of `runs` each.
 * `scanScript` is the bundled `scan` command (tests/bench/bundled.ts builds it); without it only
 * the in-process numbers are measured.
 */
export function measureHtmlScan(
  blocks: readonly string[],
  sizes: readonly number[],
  runs: number,
  scanScript: string | undefined,
): HtmlThroughput {
  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-bench-'));
  const scanProcess = (file: string) => (): void => {
    if (scanScript === undefined) return;
    const run = spawnSync(process.execPath, [scanScript, file], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`scan ${file} exited with ${run.status}`);
  };
  try {
    const pages: PageThroughput[] = [];
    let reader: HtmlThroughput['reader'] = { mb: 0, wall: 0, cpu: 0 };
    for (const size of sizes) {
      const file = join(dir, `page-${size}.html`);
      const html = htmlPage(blocks, size * 1024 * 1024);
      writeFileSync(file, html);
      const mb = Buffer.byteLength(html) / 1e6;
      if (size === 5) {
        visibleText(html); // warm up the JIT
        reader = { mb, ...rate(mb, runs, () => visibleText(html), false) };
      }
      let lines = 0;
      const countLines = (chunk: string): void => {
        for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) lines++;
      };
      if (pages.length === 0) scanTo([file], countLines); // warm up the JIT, as for the reader
      const inProcess = rate(
        mb,
        runs,
        () => {
          lines = 0;
          scanTo([file], countLines);
        },
        false,
      );
      const own = scanScript === undefined ? undefined : rate(mb, runs, scanProcess(file), true);
      pages.push({ mb, inProcess, process: own, lines });
    }
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<p></p>');
    const fixed = scanScript === undefined ? undefined : medianTimes(runs, scanProcess(empty));
    return { reader, pages, fixed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median wall and CPU milliseconds of `runs` runs of `work` in a child process. */
function medianTimes(runs: number, work: () => void): { wall: number; cpu: number } {
  const times = Array.from({ length: runs }, () => timed(work, true));
  return {
    wall: median(times.map((t) => t.wall * 1000)),
    cpu: median(times.map((t) => t.cpu * 1000)),
  };
}
