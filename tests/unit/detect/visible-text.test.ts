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
