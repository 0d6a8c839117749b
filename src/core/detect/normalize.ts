import type { Detection } from './types';

// Characters that change nothing a reader sees in a citation (CONTRACT §2; issue 12, kind 8):
// zero-width space, joiners, word joiner, byte-order mark and soft hyphen are dropped, so they
// never split a reference ("nr. 10\u200b11" is nr. 1011); thin space (U+2009), narrow no-break
// space (U+202F), figure space (U+2007) and the other fixed-width spaces become a plain space,
// as typesetters put them inside numbers ("26\u2009643"). The detector scans the normalised
// copy and maps offsets back, so detections still point into the text it was given.
// Hyphen look-alikes (hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, minus
// U+2212) become the ASCII hyphen, as word processors put them between a dossier and its suffix
// ("21 501\u201133, nr. 1012" is 21 501-33): every rule that reads a hyphen reads them too.

const SPECIAL = /[\u00ad\u2000-\u200d\u2010-\u2012\u202f\u205f\u2060\u2212\ufeff]/;

function isDropped(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function isHyphen(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2012) || code === 0x2212;
}

function isSpace(code: number): boolean {
  return (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

/** The normalised text and, for each of its positions, the position in the original (plus one entry for the end). */
export interface Normalised {
  text: string;
  origin: Uint32Array;
}

/** Null when `text` has nothing to normalise (the usual case, checked with one search). */
export function normalise(text: string): Normalised | null {
  if (!SPECIAL.test(text)) return null;
  const parts: string[] = [];
  const origin = new Uint32Array(text.length + 1);
  let n = 0;
  let segment = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const dropped = isDropped(code);
    const hyphen = isHyphen(code);
    if (dropped || hyphen || isSpace(code)) {
      parts.push(text.slice(segment, k));
      segment = k + 1;
      if (dropped) continue;
      parts.push(hyphen ? '-' : ' ');
    }
    origin[n++] = k;
  }
  parts.push(text.slice(segment));
  origin[n] = text.length;
  return { text: parts.join(''), origin: origin.subarray(0, n + 1) };
}

/** `found` (offsets into the normalised text) with offsets and text of the original. */
export function restore(original: string, norm: Normalised, found: Detection[]): Detection[] {
  return found.map((d) => {
    const start = norm.origin[d.start] ?? d.start;
    // The end is just after the last character kept, so dropped characters after it stay out.
    const end = d.end > 0 ? (norm.origin[d.end - 1] ?? d.end - 1) + 1 : start;
    return { ...d, start, end, text: original.slice(start, end) };
  });
}
