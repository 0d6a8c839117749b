// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BlockWalker } from '../../../src/content/collect';

/** A fresh document whose body is parsed from `body` (the test's own markup). */
function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

/** Every block the walker yields under `root`: its text and its owner's id, tag or "#shadow". */
function blocks(root: Node): [string, string][] {
  const walker = new BlockWalker(root);
  const out: [string, string][] = [];
  while (walker.next()) {
    const owner = walker.owner;
    out.push([walker.text, owner instanceof Element ? owner.id || owner.tagName : '#shadow']);
    // The TextBlock maps the text back to its nodes, in order (a <br> has no node).
    const block = walker.block();
    expect(block.nodes.map((n) => n.data).join('')).toBe(walker.text.replace(/\n/g, ''));
  }
  return out;
}

describe('BlockWalker', () => {
  it('joins inline elements into one block and ends blocks at block elements', () => {
    const doc = page(
      '<p id="a">Kamerstuk <a href="#">34 843</a>, nr. 113</p>' +
        '<div id="d">voor <p id="b">binnen</p> na<br>regel</div>',
    );
    expect(blocks(doc.body)).toEqual([
      ['Kamerstuk 34 843, nr. 113', 'a'],
      ['voor ', 'd'],
      ['binnen', 'b'],
      [' na\nregel', 'd'],
    ]);
  });

  it('skips scripts, hidden and whitespace-only parts, and walks open shadow roots', () => {
    const doc = page(
      '<p id="a">zichtbaar</p><p hidden>verborgen</p><script>var x = 1;</script>' +
        '<p id="w">   </p><div id="host"></div><p id="z">laatste</p>',
    );
    const shadow = doc.getElementById('host')?.attachShadow({ mode: 'open' });
    const span = doc.createElement('span');
    span.textContent = 'in de schaduw';
    shadow?.append(span);
    expect(blocks(doc.body)).toEqual([
      ['zichtbaar', 'a'],
      ['in de schaduw', '#shadow'],
      ['laatste', 'z'],
    ]);
  });

  it('stays done once the walk is over', () => {
    const walker = new BlockWalker(page('<p>een</p>').body);
    expect(walker.next()).toBe(true);
    expect(walker.next()).toBe(false);
    expect(walker.next()).toBe(false);
  });
});
