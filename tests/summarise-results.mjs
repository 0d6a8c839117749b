// Sums the Vitest JSON reports of every suite into the plain closing line CI reads.
// A suite that should have run but left no report counts as one failure, so a run that stopped
// early (typecheck, lint, build) can never look green.
import { existsSync, readFileSync } from 'node:fs';

// Unit tests, then the end-to-end suites in Chromium and in Firefox.
const suites = ['unit', 'e2e', 'e2e-firefox'];
const npmStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
for (const suite of suites) {
  const file = `tests/artifacts/results-${suite}.json`;
  if (!existsSync(file)) {
    console.log(`${suite}: no results (the run stopped before this suite)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) {
    console.log(`${suite}: ${skipped} skipped tests are not allowed`);
    failed += skipped;
  }
}
if (npmStatus !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
