// Character classes for boundary checks, done in code rather than with Unicode lookbehind in
// the scanning pattern: `\p{L}` lookarounds cost the scanner most of its speed. ASCII and the
// Latin blocks (all that Dutch and English text needs) are answered by arithmetic; anything
// else falls back to a Unicode test, which only runs next to a candidate match.
const OTHER_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letters, including accented Latin letters, the ĳ ligature and the soft hyphen (it sits inside words). */
export function isLetter(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a;
  }
  if (code < 0x250) {
    return code === 0xad || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
  }
  return OTHER_WORD.test(String.fromCharCode(code));
}

/** The ASCII digits 0–9. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Letters and digits: a reference never starts or ends next to one of these. */
export function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

/** True when position `at` of `text` is not preceded by a word character. */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !isWordChar(text.charCodeAt(at - 1));
}

/** True when position `at` of `text` is not followed by a word character. */
export function endsWord(text: string, at: number): boolean {
  return at >= text.length || !isWordChar(text.charCodeAt(at));
}
