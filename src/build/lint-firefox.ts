/**
 * `npm run lint:firefox`: runs Mozilla's add-on linter (`web-ext lint`, the one
 * addons.mozilla.org runs) on dist-firefox/ and fails on any error, and on any warning or notice
 * that src/build/lint-report.ts does not explain.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unexplainedFindings, type LintFinding, type LintReport } from './lint-report.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = path.join(ROOT, 'dist-firefox');

function sourceAt(file: string, line: number, column: number): string | null {
  const full = path.join(SOURCE, file);
  if (!full.startsWith(SOURCE) || !existsSync(full)) return null;
  const text = readFileSync(full, 'utf8').split('\n')[line - 1];
  return text === undefined ? null : text.slice(column - 1, column + 199);
}

const describe = (f: LintFinding) =>
  `${f.code}: ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}:${f.column ?? 0}` : ''})` : ''}`;

function main(): number {
  if (!existsSync(path.join(SOURCE, 'manifest.json'))) {
    console.error('dist-firefox/ holds no build: run "npm run build:firefox" first.');
    return 1;
  }
  const result = spawnSync(
    path.join(ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', SOURCE, '--output', 'json', '--no-config-discovery'],
    // No update check against the registry: the lint works offline.
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  let report: LintReport;
  try {
    report = JSON.parse(result.stdout) as LintReport;
  } catch {
    console.error('web-ext lint printed no report:', result.stderr || result.stdout);
    return 1;
  }
  const failing = unexplainedFindings(report, sourceAt);
  const explained = report.warnings.length + report.notices.length + report.errors.length;
  console.log(
    `web-ext lint dist-firefox: ${report.errors.length} errors, ${report.warnings.length} warnings, ` +
      `${report.notices.length} notices; ${explained - failing.length} explained in README (Firefox)`,
  );
  for (const finding of failing) console.error(`  ${describe(finding)}`);
  return failing.length === 0 ? 0 : 1;
}

process.exitCode = main();
