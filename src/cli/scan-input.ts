import { closeSync, openSync, readSync } from 'node:fs';
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
/** Enough of the opening to tell: white space, then more than LOOKS_LIKE_HTML reads. */
const OPENING_READ = /\S[^]{15}/;
/**
 * Bytes read and decoded at a time. The input is never held whole as bytes or as one string:
 * on the development machine each fresh page of memory costs about 20 µs, so a 5 MB file read
 * at once cost 30–40 ms before a byte was decoded, against 8 ms read and decoded in pieces
 * through one reused buffer. Pieces also keep V8's decoder on its fast path: a single character
 * above U+00FF makes the whole string two bytes per character and its decoding slow, and in
 * pieces only the pieces holding one pay.
 */
const CHUNK_BYTES = 16 * 1024;

function cannotRead(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : (code ?? 'unreadable');
  return new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
}

/**
 * The text of `file` ("-": standard input) as consecutive strings, read and decoded a piece at a
 * time. Throws InputError if it cannot be read, is not UTF-8 (the standard decoder, fatal on
 * malformed bytes, also across pieces) or holds a NUL character (binary data). A byte-order mark
 * is not part of the text a reader sees; the decoder drops it.
 */
function* textPieces(file: string): Generator<string> {
  const name = file === '-' ? 'standard input' : file;
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (error) {
    throw cannotRead(file, error);
  }
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      } catch (error) {
        throw cannotRead(file, error);
      }
      let text: string;
      try {
        text =
          read === 0
            ? decoder.decode()
            : decoder.decode(buffer.subarray(0, read), { stream: true });
      } catch {
        throw new InputError(`${name}: not UTF-8 text`);
      }
      if (text.includes('\u0000')) throw new InputError(`${name}: binary data, not text`);
      if (text !== '') yield text;
      if (read === 0) return;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/**
 * The text to scan: visible text for HTML, the file as is for plain text. For HTML, the spans of
 * footnote markers are pushed onto `notes` as `visibleText` says.
 */
export function readInput(file: string, notes?: number[]): string {
  const extension = file === '-' ? '' : extname(file).toLowerCase();
  if (file !== '-' && !TEXT_EXTENSIONS.has(extension) && !HTML_EXTENSIONS.has(extension)) {
    throw new InputError(`${file}: unsupported file type (expected .txt or .html)`);
  }
  const pieces = textPieces(file);
  if (HTML_EXTENSIONS.has(extension)) return visibleText(pieces, notes);
  if (TEXT_EXTENSIONS.has(extension)) return [...pieces].join('');
  // Standard input: read until its opening tells whether it is HTML.
  const head: string[] = [];
  for (const piece of pieces) {
    head.push(piece);
    if (OPENING_READ.test(piece)) break;
  }
  const opening = head.join('');
  const all = (function* () {
    yield opening;
    yield* pieces;
  })();
  return LOOKS_LIKE_HTML.test(opening) ? visibleText(all, notes) : [...all].join('');
}
