import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What every matching page loads is the content script and its static imports (README,
// Performance). The rarer citation forms load through the slot (core/detect/form-slot.ts) only
// when the page's text has their anchors; one static import of them, or of the detector's
// index (which fills the slot), pulls them all back in without any test failing, only the size
// growing by kilobytes. This walks the static import graph of the sources, as the bundler would
// follow it, and names what it must not reach. Nothing is built.

const ROOT = resolve(__dirname, '../../..');
const CONTENT = 'src/content/index.ts';
const LAZY_FORMS = 'src/core/detect/lazy-forms.ts';

/** The file a relative specifier names, as Vite resolves it (".ts", ".tsx", "/index.ts"). */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // a package or a virtual module
  const base = join(dirname(from), specifier);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(file) && existsSync(join(ROOT, file))) return file;
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** Whether an import or export declaration brings in a value (not only types). */
function bringsValues(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const clause = node.exportClause;
    return !clause || !ts.isNamedExports(clause) || clause.elements.some((e) => !e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return true; // a side-effect import
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  return !bindings || !ts.isNamedImports(bindings) || bindings.elements.some((e) => !e.isTypeOnly);
}

/** The files `file` (relative to the repository) imports statically for their values. */
export function staticImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const out: string[] = [];
  for (const node of source.statements) {
    if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node)) continue;
    const spec = node.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !bringsValues(node)) continue;
    const target = resolveSpecifier(file, spec.text);
    if (target) out.push(target);
  }
  return out;
}

/** Every file reached from `entry` by static value imports, the entry included. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const next of staticImports(file)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('the content script’s static imports', () => {
  const eager = reachable(CONTENT);

  it('reach the detector’s build and its slot (the walk follows the graph)', () => {
    expect(eager).toContain('src/core/detect/steps.ts');
    expect(eager).toContain('src/core/detect/form-slot.ts');
    expect(eager).toContain('src/core/detect/scanner.ts');
  });

  it('reach neither the lazy forms nor the detector’s index', () => {
    const forms = staticImports(LAZY_FORMS).filter((f) => !f.endsWith('/form-slot.ts'));
    // The forms themselves, so a form added to the slot is guarded too.
    expect(forms.length).toBeGreaterThanOrEqual(10);
    const banned = [LAZY_FORMS, 'src/core/detect/index.ts', ...forms];
    expect(banned.filter((f) => eager.has(f)).map((f) => relative('.', f))).toEqual([]);
  });

  it('would notice an import of the detector’s index', () => {
    // What page-summary.ts once did: `import { decides } from '../core/detect'`.
    expect(reachable('src/core/detect/index.ts')).toContain(LAZY_FORMS);
    expect(resolveSpecifier('src/content/page-summary.ts', '../core/detect')).toBe(
      'src/core/detect/index.ts',
    );
  });
});
