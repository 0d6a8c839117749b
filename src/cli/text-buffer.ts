// The visible text of a page gathered in one reused buffer instead of as thousands of strings.
//
// Gathered as strings, the text of a 5 MB page (8.7 MB as UTF-16) lived through every young
// collection of the read, so the collector copied all of it twice (into the survivor space, then
// into the old generation), and joining it made one more fresh copy; on the development machine
// every fresh megabyte costs about 4 ms in page faults alone. Written into one buffer kept for
// the next page, the text is copied once, into the final string.

/**
 * Characters of pieces joined before they are written: one write per short piece (a page has
 * hundreds of thousands) cost more than the join, and the joined string dies young.
 */
const PENDING_CHARS = 4096;
/** Bytes of the first buffer; it doubles as a page needs and is kept for the next page. */
const FIRST_BYTES = 1 << 16;
/** A character a one-byte (Latin-1) string cannot hold. */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: all of Latin-1.
const WIDE = /[^\u0000-\u00ff]/;

let shared: Buffer = Buffer.allocUnsafe(FIRST_BYTES);
/** Whether `shared` is in use, so a nested or concurrent gatherer takes a buffer of its own. */
let sharedBusy = false;

/**
 * Appends strings and returns them joined, as `[...].join('')` would, code unit for code unit
 * (lone surrogates included). Text is held one byte per character (Latin-1) until a character
 * above U+00FF comes, then two (UTF-16), so a page without one still gives a one-byte string.
 * Call `release()` when done (also after an error), so the next page may reuse the buffer.
 */
export class TextBuffer {
  private buffer: Buffer;
  private readonly owns: boolean;
  /** Characters written. */
  private length = 0;
  private wide = false;
  private readonly pending: string[] = [];
  private pendingLength = 0;

  constructor() {
    this.owns = !sharedBusy;
    sharedBusy ||= this.owns;
    this.buffer = this.owns ? shared : Buffer.allocUnsafe(FIRST_BYTES);
  }

  /** Appends `piece` (the empty string changes nothing). */
  add(piece: string): void {
    this.pending.push(piece);
    this.pendingLength += piece.length;
    if (this.pendingLength >= PENDING_CHARS) this.flush();
  }

  /** Everything appended, as one string. */
  text(): string {
    this.flush();
    return this.wide
      ? this.buffer.toString('utf16le', 0, this.length * 2)
      : this.buffer.toString('latin1', 0, this.length);
  }

  /** Hands the buffer back for the next page; nothing may be added after this. */
  release(): void {
    if (!this.owns || !sharedBusy) return;
    shared = this.buffer;
    sharedBusy = false;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const piece = this.pending.length === 1 ? (this.pending[0] ?? '') : this.pending.join('');
    this.pending.length = 0;
    this.pendingLength = 0;
    if (!this.wide && WIDE.test(piece)) this.widen();
    const width = this.wide ? 2 : 1;
    const end = (this.length + piece.length) * width;
    if (end > this.buffer.length) this.grow(end);
    this.buffer.write(piece, this.length * width, this.wide ? 'utf16le' : 'latin1');
    this.length += piece.length;
  }

  private grow(bytes: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(bytes, 2 * this.buffer.length));
    this.buffer.copy(bigger, 0, 0, this.length * (this.wide ? 2 : 1));
    this.buffer = bigger;
  }

  /** From one byte per character to two: the Latin-1 text so far, rewritten as UTF-16. */
  private widen(): void {
    const before = this.buffer.toString('latin1', 0, this.length);
    this.wide = true;
    this.length = 0;
    if (before.length * 2 > this.buffer.length) this.grow(before.length * 2);
    this.buffer.write(before, 0, 'utf16le');
    this.length = before.length;
  }
}
