import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan } from './scan-command';
import { visibleText } from './visible-text';

// HTML throughput through `scan` (issue 12, kind 12): a page of `bytes` made of the corpus's
// blocks as paragraphs with inline links, headings, a list, and script and style elements that
// the reader skips, written to a file and read by `runScan` as `npm run scan -- page.html` would:
// read, decode, visible text, detection, output lines.

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median MB/s per second of wall time and per second of this process's CPU time. */
export interface Rate {
  wall: number;
  cpu: number;
}

export interface HtmlThroughput {
  mb: number;
  /** The HTML reader alone (visible text), after a warm-up run. */
  reader: Rate;
  /** The whole `scan` command on the page file. */
  scan: Rate;
  /** Lines `scan` printed. */
  lines: number;
}

/** HTML throughput of the reader and of `scan` over a page of `bytes`, median of `runs`. */
export function measureHtmlScan(
  blocks: readonly string[],
  bytes: number,
  runs: number,
): HtmlThroughput {
  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-bench-'));
  try {
    const file = join(dir, 'page.html');
    const html = htmlPage(blocks, bytes);
    writeFileSync(file, html);
    const mb = Buffer.byteLength(html) / 1e6;
    const measure = (work: () => void): Rate => {
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        work();
        const c = process.cpuUsage(c0);
        wall.push(mb / ((performance.now() - t0) / 1000));
        cpu.push(mb / ((c.user + c.system) / 1e6));
      }
      return { wall: median(wall), cpu: median(cpu) };
    };
    visibleText(html); // warm up the JIT
    const reader = measure(() => visibleText(html));
    let lines = 0;
    const scan = measure(() => (lines = runScan([file]).split('\n').length - 1));
    return { mb, reader, scan, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
