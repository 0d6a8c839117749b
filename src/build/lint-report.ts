/**
 * Reads `web-ext lint --output json` and decides what fails the build: every error, and every
 * warning or notice that is not one of the explained ones below (each is also in the README).
 */

export interface LintFinding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintFinding[];
  warnings: LintFinding[];
  notices: LintFinding[];
}

/** The source text at a finding's 1-based line and column, or null when it cannot be read. */
export type SourceAt = (file: string, line: number, column: number) => string | null;

/**
 * Preact's renderer assigns `innerHTML` in one place: the `dangerouslySetInnerHTML` prop, which
 * Kamerlens' own lint rule forbids, so that branch never runs. The linter flags the assignment in
 * the bundled library anyway. Only exactly that assignment (`x.innerHTML = y.__html`) is excused.
 */
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/;

export function isExplained(finding: LintFinding, sourceAt: SourceAt): boolean {
  if (finding.code !== 'UNSAFE_VAR_ASSIGNMENT') return false;
  if (!finding.file || finding.line === undefined || finding.column === undefined) return false;
  const text = sourceAt(finding.file, finding.line, finding.column);
  return text !== null && PREACT_INNER_HTML.test(text);
}

/** What fails the build: all errors, and warnings and notices that are not explained. */
export function unexplainedFindings(report: LintReport, sourceAt: SourceAt): LintFinding[] {
  return [
    ...report.errors,
    ...[...report.warnings, ...report.notices].filter((f) => !isExplained(f, sourceAt)),
  ];
}
