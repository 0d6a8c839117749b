import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

// Runs a Node benchmark script the way the extension ships its code: bundled and minified by
// vite (the same bundler as `npm run build`), then started with plain `node`. Under tsx every
// call from one module into another goes through a getter of its CommonJS interop, which the
// shipped bundle does not have; that costs the detector about a fifth of its throughput, which is
// the tool's cost, not the product's.
//
// The `scan` command is bundled alongside (KAMERLENS_SCAN names it), so a benchmark can run it in
// a process of its own, as a user runs it on a file.
//
// Usage: tsx tests/bench/bundled.ts ENTRY.ts [arguments for the script]

const ROOT = path.resolve(import.meta.dirname, '../..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: tsx tests/bench/bundled.ts ENTRY.ts [arguments]');
  process.exit(2);
}
const outDir = mkdtempSync(path.join(tmpdir(), 'kamerlens-bench-'));
try {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    json: { stringify: true },
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir,
      target: 'node20',
      minify: true,
      emptyOutDir: true,
      rollupOptions: {
        input: { bench: path.resolve(ROOT, entry), scan: path.resolve(ROOT, 'src/cli/scan.ts') },
        output: { entryFileNames: '[name].mjs' },
      },
    },
  });
  const run = spawnSync(process.execPath, [path.join(outDir, 'bench.mjs'), ...args], {
    stdio: 'inherit',
    env: { ...process.env, KAMERLENS_ROOT: ROOT, KAMERLENS_SCAN: path.join(outDir, 'scan.mjs') },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
