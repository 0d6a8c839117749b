import { startsWord } from './chars';
import { dossierId, matchAt } from './grammar';
import { headsLetterLetterhead } from './form-slot';
import { detection } from './parser';
import type { Detection } from './types';

// A Rijkswet's dossier named alone with its Rijkswet number, as the Eerste Kamer's letterheads
// and agendas and the Raad van State's advice lists write it: "35 099 (R2114)⏎Voorzieningen
// voor …⏎VOORLOPIG VERSLAG", "33993 (R 2034) Adv RvSt inzake Rijkswet …". The "(R2114)" is the
// Kingdom's register number of a Rijkswet (grammar.ts `RIJKSWET`): after a dossier number it
// names nothing else, so the pair is the dossier, the R-number left out of the id (CONTRACT §2
// knows dossier suffixes of roman numerals, letters and numbers only). With a document number
// after it ("35 315 (R2137), nr. 1") the Kamerstuk parser reads it; above an Eerste Kamer letter
// line the letterhead pass does ("…⏎⏎D MEMORIE VAN ANTWOORD" → kst-35099-D).

/** The dossier right before the "(": "35 099 ", "33993", "35.099-". Group: the dossier. */
const BEFORE = /([1-3]\d[ .\u00a0]?\d{3})[ \u00a0]?-?[ \u00a0]?$/;
/**
 * "(R2114)", "(R 2034)" at the "(": four digits, as the register has had since long before the
 * dossier numbers reached 10 000 (a shorter one is less sure a sign on its own); not with a
 * document number after it ("36374-(R2187)-5", "35 315 (R2137), nr. 1": a Kamerstuk, read as one).
 */
const NUMBER =
  /\([ \u00a0]?R[ \u00a0]?[12]\d{3}[ \u00a0]?\)(?![ \u00a0]?[-\u2013][ \u00a0]?[\dA-Z])(?!\s*,?\s*(?:nrs?|no)\.?\s*\d)/iy;

/**
 * The `dossier` detection of a Rijkswet's dossier whose "(R…)" opens at `at` (see above),
 * spanning the dossier and its R-number; null when no dossier number stands right before it or
 * the pair heads an Eerste Kamer letterhead.
 */
export function rijkswetDossierAt(text: string, at: number): Detection | null {
  if (!matchAt(NUMBER, text, at)) return null;
  const m = BEFORE.exec(text.slice(Math.max(0, at - 10), at));
  const raw = m?.[1];
  if (!m || raw === undefined) return null;
  const start = at - m[0].length;
  const before = text.charAt(start - 1);
  if (!startsWord(text, start) || /[.,/-]/.test(before)) return null;
  if (headsLetterLetterhead(text, start)) return null;
  return detection(text, start, NUMBER.lastIndex, 'dossier', `dossier-${dossierId(raw)}`);
}
