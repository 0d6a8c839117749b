/**
 * Month and weekday words as Dutch and English pages write them, lower case and without the
 * abbreviation dot. The two languages never use the same word for different months, so one
 * table serves both.
 */

const MONTH_WORDS: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'febr'],
  ['maart', 'march', 'mrt', 'mar', 'mrz'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augustus', 'august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTHS = new Map<string, number>(
  MONTH_WORDS.flatMap((words, i) => words.map((w): [string, number] => [w, i + 1])),
);

const WEEKDAYS = new Set([
  ...['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  ...['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
]);

/** 1–12 for a month word ("okt.", "October", "mrt"), else undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(word.toLowerCase().replace(/\.$/, ''));
}
