// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from '../../../src/ui/record/StatusBadge';

/** The text of a paragraph holding `label` and then the badge for `status`. */
function labelled(label: string, status: 'verified' | 'inferred' | 'reported'): string {
  const p = document.createElement('p');
  render(h('p', null, h('strong', null, label), h(StatusBadge, { status, lang: 'nl' })), p);
  return p.textContent ?? '';
}

describe('the status badge beside a label', () => {
  it('is separated from the word before it by a real space (screen readers read the text)', () => {
    const text = labelled('Steunt onder voorwaarden', 'inferred');
    expect(text).toMatch(/^Steunt onder voorwaarden \S/);
    expect(text).not.toMatch(/voorwaarden\S/);
  });

  it('adds nothing, not even a space, for a verified fact', () => {
    expect(labelled('Tegen', 'verified')).toBe('Tegen');
  });
});
