import { describe, expect, it } from 'vitest';
import { unexplainedFindings, type LintReport } from '../../../src/build/lint-report';

const preact = 'g?(c||v&&(g.__html==v.__html)||(t.innerHTML=g.__html),n.__k=[])';
const sources: Record<string, string> = {
  'assets/jsx.js': preact,
  'assets/own.js': 'x;el.innerHTML=pageText;',
};
const sourceAt = (file: string, line: number, column: number) =>
  sources[file]?.split('\n')[line - 1]?.slice(column - 1) ?? null;

const unsafe = (file: string, column: number) => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line: 1,
  column,
});

describe('unexplainedFindings', () => {
  it("excuses only Preact's dangerouslySetInnerHTML assignment", () => {
    const report: LintReport = {
      errors: [],
      warnings: [unsafe('assets/jsx.js', preact.indexOf('t.innerHTML') + 1)],
      notices: [],
    };
    expect(unexplainedFindings(report, sourceAt)).toEqual([]);
  });

  it('fails any other innerHTML assignment, every error, and any other warning or notice', () => {
    const own = unsafe('assets/own.js', 3);
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad' };
    const notice = { code: 'SOMETHING', message: 'note' };
    const nowhere = { ...unsafe('assets/missing.js', 1) };
    const report: LintReport = { errors: [error], warnings: [own, nowhere], notices: [notice] };
    expect(unexplainedFindings(report, sourceAt)).toEqual([error, own, nowhere, notice]);
  });
});
