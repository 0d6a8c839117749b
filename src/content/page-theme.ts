/** Parses `rgb()`/`rgba()` as computed styles give them. */
function parseRgb(value: string): [number, number, number, number] | null {
  const m = value.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Is the page dark? Marks need other colours on a dark page whatever the system theme says, so
 * this reads the page's own background (body, then root), falling back to its colour scheme.
 */
export function isDarkPage(doc: Document = document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.2;
  }
  const scheme = getComputedStyle(doc.documentElement).colorScheme;
  return scheme.includes('dark') && !scheme.includes('light')
    ? true
    : scheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches;
}
