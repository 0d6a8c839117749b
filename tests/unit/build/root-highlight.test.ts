import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS, rootHighlights } from '../../../src/build/root-highlight-plugin';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('rootHighlights', () => {
  it('roots every highlight rule of the shipped stylesheet and changes nothing else', () => {
    const css = readFileSync(path.join(ROOT, HIGHLIGHT_CSS), 'utf8');
    const rooted = rootHighlights(css);
    const rules = (s: string) => s.match(/^\S*::highlight\([\w-]+\)/gm) ?? [];
    expect(rules(css).length).toBeGreaterThan(0);
    expect(rules(rooted)).toEqual(rules(css).map((r) => `:root${r}`));
    expect(rooted.replaceAll(':root::highlight(', '::highlight(')).toBe(css);
  });

  it('roots bare selectors in a list and after a block, and leaves compound ones alone', () => {
    expect(
      rootHighlights('::highlight(a),\n::highlight(b) {}p::highlight(c) {}}::highlight(d){}'),
    ).toBe(':root::highlight(a),\n:root::highlight(b) {}p::highlight(c) {}}:root::highlight(d){}');
  });

  it('throws when there is no bare highlight rule to root', () => {
    expect(() => rootHighlights(':root::highlight(a) { color: red }')).toThrow(/no bare/);
    expect(() => rootHighlights('')).toThrow(/no bare/);
  });
});
