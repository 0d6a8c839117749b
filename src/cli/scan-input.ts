import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { visibleText } from './visible-text';

// Reading the input of `scan`: a .txt or .html file, or standard input ("-"). Anything that
// cannot be read or is not UTF-8 text fails with a one-line reason (the caller exits with 2).

export class InputError extends Error {}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** Standard input has no extension: it is HTML when it opens like a document or an element. */
const LOOKS_LIKE_HTML =
  /^\s*<(?:!doctype\s|html[\s>]|head[\s>]|body[\s>]|!--|[a-z][a-z0-9]*[\s/>])/i;
/**
 * Bytes decoded at a time for the HTML reader. V8 makes a string of one byte per character
 * unless a character above U+00FF occurs, and decodes such a stretch on a fast path; one "–" in
 * a 5 MB page would make the whole page a slow two-byte decode (55–75 ms here), while in pieces
 * of 16 KB only the few pieces holding one pay (10–15 ms for the same page).
 */
const CHUNK_BYTES = 16 * 1024;

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? 'unreadable');
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
}

/**
 * Where the text of `bytes` starts: after a byte-order mark, which is not part of the text a
 * reader sees. Throws InputError unless the bytes are UTF-8 text (Node's validator checks them
 * without building a string) without NUL characters.
 */
function textStart(bytes: Buffer, name: string): number {
  if (!isUtf8(bytes)) throw new InputError(`${name}: not UTF-8 text`);
  if (bytes.includes(0)) throw new InputError(`${name}: binary data, not text`);
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** Valid UTF-8 `bytes` from `start` as strings of about CHUNK_BYTES, cut between characters. */
function* utf8Chunks(bytes: Buffer, start: number): Generator<string> {
  for (let from = start; from < bytes.length;) {
    let to = Math.min(from + CHUNK_BYTES, bytes.length);
    // A continuation byte (10xxxxxx) is never the first byte of a character.
    while (((bytes[to] ?? 0) & 0xc0) === 0x80) to--;
    yield bytes.toString('utf8', from, to);
    from = to;
  }
}

/**
 * Whether standard input opens like HTML, without decoding all of it: ASCII white space is
 * skipped as bytes, and LOOKS_LIKE_HTML reads the next 64 bytes (room for other white space
 * and "<!doctype ").
 */
function looksLikeHtml(bytes: Buffer, start: number): boolean {
  const isSpace = (b: number | undefined): boolean =>
    b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d); // space, tab to carriage return
  let k = start;
  while (isSpace(bytes[k])) k++;
  return LOOKS_LIKE_HTML.test(bytes.toString('utf8', k, k + 64));
}

/** The text to scan: visible text for HTML, the file as is for plain text. */
export function readInput(file: string): string {
  const extension = file === '-' ? '' : extname(file).toLowerCase();
  if (file !== '-' && !TEXT_EXTENSIONS.has(extension) && !HTML_EXTENSIONS.has(extension)) {
    throw new InputError(`${file}: unsupported file type (expected .txt or .html)`);
  }
  const bytes = readBytes(file);
  const start = textStart(bytes, file === '-' ? 'standard input' : file);
  const html = HTML_EXTENSIONS.has(extension) || (file === '-' && looksLikeHtml(bytes, start));
  return html ? visibleText(utf8Chunks(bytes, start)) : bytes.toString('utf8', start);
}
