import { vergaderjaar } from './grammar';

// Dossiers of four digits: the Tweede Kamer numbered its dossiers from 1 in 1946 or so and
// passed 10 000 around 1969, so papers of the 1950s and 1960s are cited "Bijl.Hand. II 1951/52 –
// 2374 No. 7" (the Bijlagen der Handelingen, as the Kamerstukken were called), "Kamerstukken
// II, Zitting 1958-1959-5380, Nr. 3", "Kamerstukken II 1967/68, 9 420, nr. 3" (printed with a
// space as later dossiers are) or "Handelingen II 1955/56, Bijlagen, 4150, nr. 3". Four
// digits alone are anything (a year, an amount, a count), so such a dossier is read only in that
// shape: a chamber or "Zitting", a vergaderjaar up to 1969/70, the dossier joined to it, then
// the number word.

/**
 * Before the number word: "II 1951/52 – 2374 ", "Zitting 1958-1959-5380, ", "II 1955/56,
 * Bijlagen, 4150, ". Groups: the two years, the dossier, the gap before the number word. The
 * text given ends one character past the gap (the number word's first), as `bare.ts` reads it.
 */
const OLD_BEFORE_NR =
  /(?<![A-Za-z])(?:II|I|Hand\.|Zitting)[\s,]+(?:[Zz]itting\s+)?(18\d\d|19[0-6]\d)\s*[/\-\u2013]\s*(\d{4}|\d{2})\s*[-\u2013,]?\s*(?:Bijlagen?\s*,?\s*)?([1-9][ .\u00a0]?\d{3})(?!\d)(\s*,?\s*)[\s\S]$/;
/** How far before the number word such a citation starts. */
const OLD_REACH = 48;

/**
 * The four-digit dossier of the 1950s and 1960s that the number word at `nrAt` belongs to ("Bijl.
 * Hand. II 1951/52 – 2374 No. 7" → dossier 2374, starting at "2374"), or null.
 */
export function oldDossier(text: string, nrAt: number): { start: number; dossier: string } | null {
  const from = Math.max(0, nrAt - OLD_REACH);
  const m = OLD_BEFORE_NR.exec(text.slice(from, nrAt + 1));
  const dossier = m?.[3];
  if (!m || dossier === undefined || !vergaderjaar(m[1] ?? '', m[2] ?? '')) return null;
  const start = from + m.index + m[0].length - 1 - (m[4] ?? '').length - dossier.length;
  return { start, dossier: dossier.replace(/\D/g, '') };
}
