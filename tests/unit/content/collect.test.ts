// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BlockWalker } from '../../../src/content/collect';

/** Every block the walker yields for `html` in <body>: its text and its owner's tag or id. */
function blocks(html: string, root: Node = document.body): [string, string][] {
  document.body.innerHTML = html;
  const walker = new BlockWalker(root);
  const out: [string, string][] = [];
  while (walker.next()) {
    const owner = walker.owner;
    const name = owner instanceof Element ? owner.id || owner.tagName : '#shadow';
    out.push([walker.text, name]);
    // The TextBlock maps the text back to its nodes, in order.
    const block = walker.block();
    expect(block.nodes.map((n) => n.data).join('')).toBe(walker.text.replace(/\n/g, ''));
  }
  return out;
}

describe('BlockWalker', () => {
  it('joins inline elements into one block and ends blocks at block elements', () => {
    expect(
      blocks(
        '<p id="a">Kamerstuk <a href="#">34 843</a>, nr. 113</p>' +
          '<div id="d">voor <p id="b">binnen</p> na<br>regel</div>',
      ),
    ).toEqual([
      ['Kamerstuk 34 843, nr. 113', 'a'],
      ['voor ', 'd'],
      ['binnen', 'b'],
      [' na\nregel', 'd'],
    ]);
  });

  it('skips scripts, hidden and whitespace-only parts, and walks open shadow roots', () => {
    document.body.innerHTML = '';
    const html =
      '<p id="a">zichtbaar</p><p hidden>verborgen</p><script>var x = 1;</script>' +
      '<p id="w">   </p><div id="host"></div><p id="z">laatste</p>';
    document.body.innerHTML = html;
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>in de schaduw</span>';
    const walker = new BlockWalker(document.body);
    const out: string[] = [];
    while (walker.next()) out.push(walker.text);
    expect(out).toEqual(['zichtbaar', 'in de schaduw', 'laatste']);
  });

  it('stays done once the walk is over', () => {
    document.body.innerHTML = '<p>een</p>';
    const walker = new BlockWalker(document.body);
    expect(walker.next()).toBe(true);
    expect(walker.next()).toBe(false);
    expect(walker.next()).toBe(false);
  });
});
