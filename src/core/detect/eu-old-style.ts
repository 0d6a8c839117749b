// Two rules of the EU's numbering that the words of a citation do not carry by themselves.
//
// 1. Which part of "N/N" after "nr." is the year. The Interinstitutional Style Guide, 1.2.2
// "Numbering of acts" (style-guide.europa.eu, its note "Before 1 January 2015", and the 2011
// edition at publications.europa.eu/code/en/en-110202.htm) gives the forms: "No" is used only
// when the sequential number precedes the year; the year has four digits, two before 1 January
// 1999; regulations were numbered number/year ("Verordening (EEG) nr. 1408/71"); directives
// always year/number/ending ("Directive 2010/24/EU"); decisions year/number ("Commission
// Decision 2010/300/EU"), except those adopted by a legislative procedure, numbered in the
// regulations' series ("Decision No 284/2010/EU", "Besluit nr. 1386/2013/EU"); since 2015 every
// act is year/number; "EEC" became "EC" on 1 November 1993. So a "nr." before a directive's
// year/number is a writer's slip, not the number/year form: "richtlijn nr. 91/68/EEG" is
// Directive 1991/68 (celex-31991L0068). For a decision "nr." says number/year unless the second
// part cannot be a year ("Beschikking nr. 87/373/EEG") or both parts have two digits and the
// ending is the EEC's (before the first legislative decisions of 1994, decisions were only
// numbered year/number).
//
// 2. Framework decisions (CELEX type F) are a closed set: the Council adopted them under former
// Article 34(2)(b) TEU from 2000 until the Treaty of Lisbon abolished the instrument on
// 1 December 2009. Texts often call one just "Decision 2002/475/JHA" or "Besluit 2002/475/JBZ",
// which would read as type D; a number of that set with a third-pillar ending is the framework
// decision whatever act word precedes it. The list is EUR-Lex's: the acts with CELEX
// 3YYYYFNNNN (ELI data.europa.eu/eli/dec_framw/YYYY/N/oj; e.g. 32001F0888, 32006F0960,
// 32009F0905), those still in force in 2014 being listed in the Commission's "Revised
// preliminary list of the former third pillar acquis" (SWD(2014) 166), with the two the Court
// annulled (2003/80/JHA in C-176/03, 2005/667/JHA in C-440/05) and those replaced by directives
// before 2014 (2001/220, 2002/629, 2004/68, 2005/222).

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
