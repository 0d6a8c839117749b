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
    const nodesText = block.nodes.map((n) => n.data).join('');
    expect(nodesText.length).toBe(walker.text.replace(/\n/g, '').length);
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

  it('masks footnote markers in <sup>, keeping every offset on its node', () => {
    const doc = page(
      '<p id="a">Kamerstuk 32 317, nr. 760<sup>4</sup> en nr. 12<a href="#fn2"><sup>[2]</sup></a>.</p>' +
        '<p id="b">Een m<sup>2</sup>, de 2<sup>e</sup> Kamer, nr. 88<a href="#d">5</a> en ' +
        '<a href="https://example.org/">7</a>.</p>',
    );
    const z = '\u200b';
    expect(blocks(doc.body)).toEqual([
      [`Kamerstuk 32 317, nr. 760${z} en nr. 12${z}${z}${z}.`, 'a'],
      // Digits are masked in any <sup>; letters ("2e") are no marker; a link is text, even one
      // into the page glued to a number (pages link parts of anything).
      [`Een m${z}, de 2e Kamer, nr. 885 en 7.`, 'b'],
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

  it('goes on with the rest of the page when the page removes blocks it already walked', () => {
    const doc = page(
      '<p id="a">een</p><p id="b">twee</p><p id="c">drie</p><p id="d">vier</p><p id="e">vijf</p>',
    );
    const walker = new BlockWalker(doc.body);
    const seen: string[] = [];
    const take = () => {
      expect(walker.next()).toBe(true);
      seen.push(walker.text);
    };
    take();
    take();
    // A cookie banner goes, say: the block just walked and the one before it leave the page.
    doc.getElementById('b')?.remove();
    doc.getElementById('a')?.remove();
    while (walker.next()) seen.push(walker.text);
    expect(seen).toEqual(['een', 'twee', 'drie', 'vier', 'vijf']);
  });

  it('walks a block after the one the page removed when it removes the last walked one only', () => {
    const doc = page('<p id="a">een</p><p id="b">twee</p><p id="c">drie</p>');
    const walker = new BlockWalker(doc.body);
    expect(walker.next()).toBe(true);
    doc.getElementById('a')?.remove();
    const rest: string[] = [];
    while (walker.next()) rest.push(walker.text);
    expect(rest).toEqual(['twee', 'drie']);
  });

  it('stays done once the walk is over', () => {
    const walker = new BlockWalker(page('<p>een</p>').body);
    expect(walker.next()).toBe(true);
    expect(walker.next()).toBe(false);
    expect(walker.next()).toBe(false);
  });
});
