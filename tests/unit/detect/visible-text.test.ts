import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../src/cli/visible-text';

describe('visible text of an HTML document', () => {
  it('leaves out what a reader does not see', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style><script>var a = "x";</script></head><body>' +
      '<p>zien</p><template><p>sjabloon</p></template><noscript>geen script</noscript>' +
      '<p hidden>verborgen</p><input type="hidden" value="waarde"><span style="display: none">weg</span>' +
      '<iframe>kader</iframe><p>ook zien</p></body></html>';
    expect(visibleText(html)).toBe('zien\nook zien\n');
  });

  it('joins inline elements and separates blocks', () => {
    expect(
      visibleText('<p>Kamerstuk <a href="#">34 843</a>, nr. <b>113</b></p><div>volgende</div>'),
    ).toBe('Kamerstuk 34 843, nr. 113\nvolgende\n');
    expect(
      visibleText('<ul><li>een</li><li>twee</li></ul><table><tr><td>a</td><td>b</td></tr></table>'),
    ).toBe('een\ntwee\na\nb\n');
    expect(visibleText('regel<br>regel')).toBe('regel\nregel');
  });

  it('gives the spans of footnote markers set apart by markup, and leaves the text as shown', () => {
    const notes: number[] = [];
    const html =
      '<p>nr. 760<sup>4</sup> en nr. 12<a href="#fn2"><sup>2</sup></a>; 2<sup>e</sup> Kamer, nr. 88<a href="#d">5</a></p>' +
      '<p><sup> [1] </sup>Kamerstukken</p>';
    const text = visibleText(html, notes);
    expect(text).toBe('nr. 7604 en nr. 122; 2e Kamer, nr. 885\n[1] Kamerstukken\n');
    const spans: string[] = [];
    for (let k = 0; k < notes.length; k += 2) spans.push(text.slice(notes[k], notes[k + 1]));
    expect(spans).toEqual(['4', '2', '[1]']);
    // Without the array nothing changes.
    expect(visibleText(html)).toBe(text);
  });

  it('decodes entities and keeps no-break spaces', () => {
    expect(visibleText('<p>34&nbsp;843 &amp; 26&#160;643 &ndash; &lt;tag&gt;</p>')).toBe(
      '34\u00a0843 & 26\u00a0643 – <tag>\n',
    );
  });

  it('collapses white space like a browser, except in pre', () => {
    expect(visibleText('<p>  veel \n\t ruimte  </p><pre>  a\n  b</pre>')).toBe(
      'veel ruimte\n  a\n  b\n',
    );
  });

  it('does not throw on broken markup', () => {
    expect(visibleText('<p>open <b>vet <i>schuin</p> <div>rest')).toBe('open vet schuin\nrest\n');
  });
});

describe('visible text: character references, as the HTML standard decodes them', () => {
  it('decodes legacy references without ";" in text, as a browser does', () => {
    expect(visibleText('<p>a &amp b &copy2023 &notit; &ampx</p>')).toBe('a & b ©2023 ¬it; &x\n');
  });

  it('collapses white space written as references like any other white space', () => {
    expect(visibleText('<p>34&#10;843,&#x20;&#32; nr.&Tab;113</p>')).toBe('34 843, nr. 113\n');
  });

  it('decodes in <textarea> but leaves raw-text elements as written', () => {
    expect(visibleText('<textarea>a&lt;b  c</textarea><br><xmp>d&amp;e</xmp>')).toBe(
      'a<b  c\nd&amp;e',
    );
    // Inside <svg> an <xmp> is an ordinary element, so its references decode.
    expect(visibleText('<svg><xmp>d&amp;e</xmp></svg>')).toBe('d&e');
  });

  it('ends a reference at a comment, as a browser does', () => {
    expect(visibleText('<p>&amp<!-- x -->;</p>')).toBe('&;\n');
  });

  it('reads references in the attributes that hide an element', () => {
    expect(visibleText('<p style="display&colon;none">weg</p><p>zien</p>')).toBe('zien\n');
    expect(visibleText('<p style="visibility&#58;hidden">weg</p><p>zien</p>')).toBe('zien\n');
    expect(visibleText('<input type="hid&#100;en"><p title="a&amp;b">zien</p>')).toBe('zien\n');
  });
});

describe('visible text of a document read in pieces', () => {
  const page =
    '<!DOCTYPE html><html><head><title>T&amp;</title></head><body><h1>Kamerstuk&nbsp;26 643</h1>' +
    '<p>Zie <a href="?a=1&amp;b=2">Kamerstukken II 2023/24, 26 643, nr. 1011</a> &ndash; en &amp;' +
    ' &#x20AC;\u00a05 – ‘citaat’ é</p><!-- een opmerking &amp; --><script>if (a < b) x = "&amp;";</script>' +
    '<pre>  twee\n  regels &lt;</pre><ul><li>een<li>twee</ul><textarea>x &gt; y</textarea>' +
    '<p hidden>verborgen &amp; weg</p><div>slot&#10;regel&#x1F600;</div></body></html>';

  it('gives the same text wherever the pieces are cut', () => {
    const whole = visibleText(page);
    expect(whole).toContain('Kamerstukken II 2023/24, 26 643, nr. 1011 – en & €\u00a05');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: page.length - 1 }), { maxLength: 40 }),
        (cuts) => {
          const at = [0, ...[...cuts].sort((a, b) => a - b), page.length];
          const pieces = at.slice(1).map((end, k) => page.slice(at[k], end));
          expect(visibleText(pieces)).toBe(whole);
        },
      ),
    );
  });

  it('cuts a reference in two without losing it', () => {
    expect(visibleText(['<p>a &am', 'p; b &#x3', '9; c</p>'])).toBe('a & b 9 c\n');
  });
});
