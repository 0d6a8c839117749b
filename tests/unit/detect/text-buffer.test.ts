import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextBuffer } from '../../../src/cli/text-buffer';

// The reader's text buffer must give exactly what joining the pieces gives, whatever they hold.

function gathered(pieces: readonly string[]): string {
  const buffer = new TextBuffer();
  try {
    for (const piece of pieces) buffer.add(piece);
    return buffer.text();
  } finally {
    buffer.release();
  }
}

describe('TextBuffer', () => {
  it('joins pieces code unit for code unit, Latin-1, wide, lone surrogates and all', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 40 }), (pieces) => {
        expect(gathered(pieces)).toBe(pieces.join(''));
      }),
    );
    expect(gathered(['caf', '\u00e9 ', '\ud83d', '\ude00', ' \u2013 ', '\udc00x'])).toBe(
      'caf\u00e9 \ud83d\ude00 \u2013 \udc00x',
    );
  });

  it('gives a page without characters above U+00FF (held one byte per character) unchanged', () => {
    expect(gathered(['Kamerstuk ', '26\u00a0643', ', caf\u00e9', '\u00ff'])).toBe(
      'Kamerstuk 26\u00a0643, caf\u00e9\u00ff',
    );
  });

  it('grows past its first buffer, widening late, and serves the next page after it', () => {
    const one = 'a'.repeat(50_000);
    const pieces = [one, one, '\u2013', one, 'é'.repeat(70_000)];
    expect(gathered(pieces)).toBe(pieces.join(''));
    expect(gathered(['kort'])).toBe('kort');
  });

  it('gives a nested buffer its own memory and survives an error', () => {
    const outer = new TextBuffer();
    outer.add('buiten ');
    expect(gathered(['binnen', ' \u2013 ', 'tekst'])).toBe('binnen \u2013 tekst');
    outer.add('\u2013 verder');
    expect(outer.text()).toBe('buiten \u2013 verder');
    outer.release();
    const broken = new TextBuffer();
    broken.add('half');
    broken.release();
    expect(gathered(['heel'])).toBe('heel');
  });
});
