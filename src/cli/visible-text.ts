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
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;
const WHITE_SPACE = /[ \t\n\r\f]+/g;

function isHidden(name: string, attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (name === 'input' && attribs.type?.toLowerCase() === 'hidden') return true;
  const style = attribs.style?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The visible text of `html` (a whole document or a fragment), with "\n" between blocks. Linear
 * in the input: the text is gathered in an array of pieces and joined once, and the last
 * character written is remembered, because asking a string being built by `+=` whether it ends
 * with "\n" makes the engine flatten it every time (quadratic: 1 MB of HTML took 7.9 s).
 */
export function visibleText(html: string): string {
  const pieces: string[] = [];
  /** Nothing written yet, or the last character written was "\n". */
  let empty = true;
  let atLineStart = true;
  let pendingSpace = false;
  let hiddenDepth = 0;
  let preDepth = 0;
  // One entry per open element, so implied and void closes unwind exactly what they opened.
  // Bits: 1 hidden, 2 preformatted (numbers, not objects: one per element of the page).
  const stack: number[] = [];

  const write = (piece: string): void => {
    if (piece === '') return;
    pieces.push(piece);
    empty = false;
    atLineStart = piece.endsWith('\n');
  };
  const lineBreak = (always: boolean): void => {
    pendingSpace = false;
    if (always || (!empty && !atLineStart)) write('\n');
  };

  const parser = new Parser({
    onopentag(name, attribs) {
      const hidden = SKIPPED.has(name) || isHidden(name, attribs);
      const pre = PREFORMATTED.has(name);
      stack.push((hidden ? 1 : 0) | (pre ? 2 : 0));
      if (hidden) hiddenDepth++;
      if (pre) preDepth++;
      if (hiddenDepth > 0) return;
      if (name === 'br') lineBreak(true);
      else if (BLOCKS.has(name)) lineBreak(false);
    },
    onclosetag(name) {
      const top = stack.pop() ?? 0;
      if (top & 1) hiddenDepth--;
      if (top & 2) preDepth--;
      if (hiddenDepth === 0 && BLOCKS.has(name)) lineBreak(false);
    },
    ontext(data) {
      if (hiddenDepth > 0) return;
      if (preDepth > 0) {
        write(data);
        pendingSpace = false;
        return;
      }
      // Only HTML white space collapses; a no-break space (&nbsp;) is text and stays. Most
      // pieces need no replacing, which a test tells more cheaply than a replace would.
      const collapsed = NEEDS_COLLAPSE.test(data) ? data.replace(WHITE_SPACE, ' ') : data;
      const lead = collapsed.charCodeAt(0) === 0x20;
      const trail = collapsed.charCodeAt(collapsed.length - 1) === 0x20;
      const words = collapsed.slice(lead ? 1 : 0, trail ? -1 : undefined);
      if (words === '') {
        pendingSpace ||= collapsed !== '';
        return;
      }
      if ((pendingSpace || lead) && !empty && !atLineStart) write(' ');
      write(words);
      pendingSpace = trail;
    },
  });
  parser.write(html);
  parser.end();
  return pieces.join('');
}
