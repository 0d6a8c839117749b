// A dossier number in parentheses after a title that names no law: "de Nota over de toestand
// van 's Rijks Financiën (36200).", "de Miljoenennota 2023 (36200)", "Begroting
// Koninkrijksrelaties (35300-IV)", "… in verband met de implementatie van … de nieuwe
// dienstenrichtlijn van de Commissie (28851)." (the Eerste Kamer's and tkconv's agendas and
// Handelingen). A bare five-digit number in parentheses is most often something else (an
// amount, a case, a count), so `findBillNumbers` takes one here only where the title ends at the
// ")" and the clause before it (the text after its last ";", ":", bullet or line break, within
// the sentence) opens a title the way the Kamer's titles open: a capitalised title word
// (Nota or a compound of it, Begroting, Regels, Implementatie, Uitvoering, Vaststelling,
// Invoering, Intrekking, Wijziging, Goedkeuring; the ministry's and Tweede Kamer's spelling of
// the titles of the dossiers in the annual budget round and of bills), or "implementatie van"
// an EU act (richtlijn, verordening, kaderbesluit), as the titles of implementation bills say.
// A number written with a dot ("(12.000)") is an amount's shape and never taken this way.

const TITLE_WORD =
  /(?<![A-Za-z\u00c0-\u024f])(?:Nota|[A-Z][a-z]+nota|Begroting|Regels|Implementatie|Uitvoering|Vaststelling|Invoering|Intrekking|Wijziging|Goedkeuring)(?![a-z\u00e0-\u024f])/;
const IMPLEMENTS_EU_ACT =
  /implementatie\s+van\b[^]*?(?:richtl(?:ij|\u0133)n|verordening|kaderbesluit)/i;
/** The breaks of a clause inside a sentence: a ";", ":", a bullet or a line break. */
const CLAUSE_BREAK = /[;:\u2022\n]/g;

/** The clause at the end of `sentence` (see above). */
function clauseOf(sentence: string): string {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    from = CLAUSE_BREAK.lastIndex;
  }
  return sentence.slice(from);
}

/**
 * Whether `sentence` (the text before a "(" that holds the dossier number `raw`, as written:
 * "36200", "36 200") ends in a title that names no law but opens like one (see above). A number
 * with a dot is never read so.
 */
export function endsInTitle(sentence: string, raw: string): boolean {
  if (raw.includes('.')) return false;
  const clause = clauseOf(sentence);
  return TITLE_WORD.test(clause) || IMPLEMENTS_EU_ACT.test(clause);
}
