// Two rules of the EU's numbering that the words of a citation do not carry by themselves.
//
// 1. Which part of "N/N" after "nr." is the year. The Interinstitutional Style Guide (section
// 1.2.2 and its annex on numbering, publications.europa.eu/code) and EUR-Lex's "new numbering of
// EU legal acts" note (1 January 2015) give the forms: before 2015 a regulation was numbered
// number/year ("Verordening (EEG) nr. 1408/71"), a directive always year/number, with a
// two-digit year before 1999 ("richtlijn nr. 91/68/EEG" is Directive 1991/68, celex-31991L0068)
// and four digits since ("Richtlijn nr. 2001/83/EG"), and a decision year/number too
// ("Beschikking nr. 87/373/EEG"), except the decisions numbered like regulations: those adopted
// jointly by the Parliament and the Council since 1994 and the ECSC's ("Besluit nr.
// 1386/2013/EU", "Decision No 1110/94/EC"). Since 2015 every act is year/number. So "nr." does
// not make a directive's number number/year, and a decision's only where the second part can
// be a year; where both parts have two digits and the act is the EEC's (ending EEG/EEC: the EEC
// was renamed on 1 November 1993, before the first number/year decision), the year comes first.
//
// 2. Framework decisions (CELEX type F) are a closed set: the Council adopted them under former
// Article 34(2)(b) TEU from 2000 until the Treaty of Lisbon abolished the instrument on
// 1 December 2009. Texts often call one just "Decision 2002/475/JHA" or "Besluit 2002/475/JBZ",
// which would read as type D; a number of that set with a third-pillar ending is the framework
// decision whatever act word precedes it. The list is EUR-Lex's: every act with CELEX
// 3YYYYFNNNN (ELI data.europa.eu/eli/dec_framw/YYYY/N/oj), checked against the Commission's
// "Revised preliminary list of the former third pillar acquis" (SWD(2014) 166) and, for the two
// annulled by the Court (2003/80/JHA in C-176/03, 2005/667/JHA in C-440/05) and those replaced
// by directives before 2014 (2001/220, 2002/629, 2004/68, 2005/222), their EUR-Lex pages.

/** The framework decisions, as "YYYY/N" (see above). */
const FRAMEWORK_DECISIONS = new Set([
  '2000/383',
  '2001/220',
  '2001/413',
  '2001/500',
  '2001/888',
  '2002/465',
  '2002/475',
  '2002/584',
  '2002/629',
  '2002/946',
  '2003/80',
  '2003/568',
  '2003/577',
  '2004/68',
  '2004/757',
  '2005/212',
  '2005/214',
  '2005/222',
  '2005/667',
  '2006/783',
  '2006/960',
  '2008/315',
  '2008/675',
  '2008/841',
  '2008/909',
  '2008/913',
  '2008/919',
  '2008/947',
  '2008/977',
  '2008/978',
  '2009/299',
  '2009/315',
  '2009/829',
  '2009/905',
  '2009/948',
]);

/** The endings of acts of the former third pillar (police and judicial cooperation). */
const THIRD_PILLAR = new Set(['JBZ', 'JHA']);

/**
 * The CELEX type of an act read as `type` (a CELEX letter) numbered `number` of `year` with
 * `ending` ("JBZ", "EG", or undefined): 'F' for a decision that is one of the framework
 * decisions (see above), otherwise `type` unchanged.
 */
export function frameworkOrType(
  type: string,
  year: number,
  number: string,
  ending: string | undefined,
): string {
  if (type !== 'D' || ending === undefined || !THIRD_PILLAR.has(ending.toUpperCase())) return type;
  return FRAMEWORK_DECISIONS.has(`${year}/${Number(number)}`) ? 'F' : type;
}

/** Endings of acts of the European Economic Community (until 1 November 1993). */
const EEC = new Set(['EEG', 'EEC']);

/**
 * Whether an act of `type` (CELEX letter) numbered "`a`/`b`" after "nr." or "No" is read year
 * first (see above): a directive always; a decision or framework decision when `b` cannot be a
 * year (neither two nor four digits: "87/373", "2000/520") or both parts have two digits and the
 * ending is the EEC's. A regulation never (its number/year form, or the yearly sequence since
 * 2015, is read by the caller).
 */
export function yearFirstAfterNumberWord(
  type: string,
  a: string,
  b: string,
  ending: string | undefined,
): boolean {
  if (type === 'L') return true;
  if (type !== 'D' && type !== 'F') return false;
  if (b.length === 1 || b.length === 3) return true;
  return a.length === 2 && b.length === 2 && ending !== undefined && EEC.has(ending.toUpperCase());
}
