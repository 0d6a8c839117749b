import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { Parser } from 'htmlparser2';
import { isFootnoteMark } from '../core/detect/footnote-marks';
import { TextBuffer } from './text-buffer';

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
/**
 * Raw-text elements that are not skipped: the HTML standard's tokenizer reads their content
 * without decoding character references (§13.2.5.3 RAWTEXT, §13.2.5.4 PLAINTEXT), so "&amp;" in
 * them stays as written; inside <svg> or <math> they are ordinary elements (htmlparser2 reads
 * them so too). (<script>, <style> and <iframe> are raw text too, but skipped.)
 */
const RAW_TEXT = new Set(['xmp', 'plaintext', 'noembed', 'noframes']);
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;
const WHITE_SPACE = /[ \t\n\r\f]+/g;
// Bits of an open element's entry on the stack.
const HIDDEN = 1;
const PRE = 2;
const RAW = 4;
/** The element may be a footnote marker: a <sup>. */
const NOTE = 8;

/** An attribute value as the page means it: the parser hands it over undecoded. */
function attribute(value: string | undefined): string {
  return value?.includes('&') ? decodeHTMLAttribute(value) : (value ?? '');
}

function isHidden(name: string, attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (name === 'input' && attribute(attribs.type).toLowerCase() === 'hidden') return true;
  if (attribs.style === undefined) return false;
  const style = attribute(attribs.style).toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The visible text of `html` (a whole document or a fragment, as one string or as consecutive
 * pieces of it cut anywhere), with "\n" between blocks. Never throws on broken markup (the
 * parser recovers as a browser would). With `notes`, the spans of footnote markers set apart by
 * markup (a <sup> holding one to three digits: core/detect/footnote-marks.ts) are pushed onto it
 * as start, end pairs of offsets in the text.
 *
 * Linear in the input, and cheap per byte: the parser runs with `decodeEntities: false`, so it
 * finds the next "<" with one search instead of visiting every character (with decoding on it
 * must look at each one for "&"). A run of text between two tags may come in several pieces
 * (pieces of the input end anywhere), so pieces are held until the next tag and the run is then
 * decoded as a whole, with the same decoder the parser uses (entities' `decodeHTML`, in the
 * legacy mode the HTML standard uses in text, so "&amp" without ";" decodes too). The text is
 * gathered in one reused buffer (text-buffer.ts) and made a string once, and the last character
 * written is
 * remembered: asking a string built by `+=` whether it ends with "\n" makes the engine flatten
 * it every time (quadratic: 1 MB of HTML took 7.9 s).
 */
export function visibleText(html: string | Iterable<string>, notes?: number[]): string {
  const out = new TextBuffer();
  /** Characters written so far: offsets of footnote markers. */
  let written = 0;
  /** Inside a possible footnote marker: where it began, and its text so far. */
  let inNote = false;
  let noteStart = 0;
  let noteText = '';
  /** Nothing written yet, or the last character written was "\n". */
  let empty = true;
  let atLineStart = true;
  let pendingSpace = false;
  let hiddenDepth = 0;
  let preDepth = 0;
  let rawDepth = 0;
  /** The text read since the last tag or comment, undecoded. */
  let run = '';
  // One entry per open element, so implied and void closes unwind exactly what they opened.
  // Bits HIDDEN, PRE, RAW (numbers, not objects: one per element of the page).
  const stack: number[] = [];

  const write = (piece: string): void => {
    if (piece === '') return;
    out.add(piece);
    written += piece.length;
    if (inNote) noteText += piece;
    empty = false;
    atLineStart = piece.charCodeAt(piece.length - 1) === 0x0a;
  };
  const lineBreak = (always: boolean): void => {
    pendingSpace = false;
    if (always || (!empty && !atLineStart)) write('\n');
  };
  /** Writes the run of text read since the last tag, in the state it was read in. */
  const endRun = (): void => {
    if (run === '') return;
    const data = rawDepth === 0 && run.includes('&') ? decodeHTML(run) : run;
    run = '';
    if (preDepth > 0) {
      write(data);
      pendingSpace = false;
      return;
    }
    // Only HTML white space collapses; a no-break space (&nbsp;) is text and stays. Most
    // runs need no replacing, which a test tells more cheaply than a replace would.
    const collapsed = NEEDS_COLLAPSE.test(data) ? data.replace(WHITE_SPACE, ' ') : data;
    const lead = collapsed.charCodeAt(0) === 0x20;
    const trail = collapsed.charCodeAt(collapsed.length - 1) === 0x20;
    const words = lead || trail ? collapsed.slice(lead ? 1 : 0, trail ? -1 : undefined) : collapsed;
    if (words === '') {
      pendingSpace ||= collapsed !== '';
      return;
    }
    if ((pendingSpace || lead) && !empty && !atLineStart) write(' ');
    write(words);
    pendingSpace = trail;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        endRun();
        const hidden = SKIPPED.has(name) || isHidden(name, attribs);
        const pre = PREFORMATTED.has(name);
        const raw = RAW_TEXT.has(name) && !parser.isInForeignContext();
        const note = notes !== undefined && !inNote && name === 'sup';
        if (note) {
          inNote = true;
          noteStart = written;
          noteText = '';
        }
        stack.push((hidden ? HIDDEN : 0) | (pre ? PRE : 0) | (raw ? RAW : 0) | (note ? NOTE : 0));
        if (hidden) hiddenDepth++;
        if (pre) preDepth++;
        if (raw) rawDepth++;
        if (hiddenDepth > 0) return;
        if (name === 'br') lineBreak(true);
        else if (BLOCKS.has(name)) lineBreak(false);
      },
      onclosetag(name) {
        endRun();
        const top = stack.pop() ?? 0;
        if (top & HIDDEN) hiddenDepth--;
        if (top & PRE) preDepth--;
        if (top & RAW) rawDepth--;
        if (top & NOTE) {
          inNote = false;
          if (isFootnoteMark(noteText)) notes?.push(noteStart, written);
        }
        if (hiddenDepth === 0 && BLOCKS.has(name)) lineBreak(false);
      },
      // A comment or declaration ends a run: "&amp<!-- -->;" is "&;" in a browser.
      oncommentend: endRun,
      onprocessinginstruction: endRun,
      ontext(data) {
        if (hiddenDepth === 0) run = run === '' ? data : run + data;
      },
    },
    { decodeEntities: false },
  );
  try {
    if (typeof html === 'string') parser.write(html);
    else for (const piece of html) parser.write(piece);
    parser.end();
    endRun();
    return out.text();
  } finally {
    out.release();
  }
}
