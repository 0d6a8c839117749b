import { Parser } from 'htmlparser2';

// The text a reader sees in an HTML document (CONTRACT §3), made with a real HTML parser: no
// <script>, <style>, <template>, <noscript> or <head>, nothing marked `hidden` or inline
// `display: none`, no hidden inputs. Entities are decoded. As in a browser's rendering, runs of
// white space collapse to one space (except in <pre> and <textarea>), and block elements start
// and end a line, so words in different blocks never run together while inline elements
// ("Kamerstuk <a>34 843</a>, nr. 113") join into one sentence.

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe']);
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ' +
    'nav ol option p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext']);

function isHidden(name: string, attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (name === 'input' && attribs.type?.toLowerCase() === 'hidden') return true;
  const style = attribs.style?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function visibleText(html: string): string {
  let out = '';
  let pendingSpace = false;
  let hiddenDepth = 0;
  let preDepth = 0;
  // One entry per open element, so implied and void closes unwind exactly what they opened.
  const stack: { hidden: boolean; pre: boolean }[] = [];

  const lineBreak = (always: boolean): void => {
    pendingSpace = false;
    if (always || (out !== '' && !out.endsWith('\n'))) out += '\n';
  };

  const parser = new Parser({
    onopentag(name, attribs) {
      const hidden = SKIPPED.has(name) || isHidden(name, attribs);
      const pre = PREFORMATTED.has(name);
      stack.push({ hidden, pre });
      if (hidden) hiddenDepth++;
      if (pre) preDepth++;
      if (hiddenDepth > 0) return;
      if (name === 'br') lineBreak(true);
      else if (BLOCKS.has(name)) lineBreak(false);
    },
    onclosetag(name) {
      const top = stack.pop();
      if (top?.hidden) hiddenDepth--;
      if (top?.pre) preDepth--;
      if (hiddenDepth === 0 && BLOCKS.has(name)) lineBreak(false);
    },
    ontext(data) {
      if (hiddenDepth > 0) return;
      if (preDepth > 0) {
        out += data;
        pendingSpace = false;
        return;
      }
      // Only HTML white space collapses; a no-break space (&nbsp;) is text and stays.
      const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
      const words = collapsed.replace(/^ | $/g, '');
      if (words === '') {
        pendingSpace ||= collapsed !== '';
        return;
      }
      if ((pendingSpace || collapsed.startsWith(' ')) && out !== '' && !out.endsWith('\n')) {
        out += ' ';
      }
      out += words;
      pendingSpace = collapsed.endsWith(' ');
    },
  });
  parser.write(html);
  parser.end();
  return out;
}
