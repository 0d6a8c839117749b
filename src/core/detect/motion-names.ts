import { motionSlugId } from '../data/motion-slug';
import { foldWords } from './fold';
import { matchAt } from './grammar';
import { escapeRegExp } from './trie';
import type { Lexicon } from './types';

// Member names after "motie": "Van Ginneken", "van Raan", "Dekker-Abdulaziz", "Six Dijkstra",
// "Van \nGinneken" (a line break inside). Names the data knows are tried first; otherwise a
// generic pattern of capitalised words with Dutch particles. Resolution compares folded names
// and also tries them without leading particles ("Kathmann" in "de motie van Kathmann").

const PARTICLE =
  "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t|[Ii]n|[Oo]p|[Vv]on|[Dd]i|[Dd]a|[Ll]e|[Ll]a)";
const CAP = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ'’]+)*";
const HEAD_NAME = new RegExp(`(?:${PARTICLE}\\s+){0,3}${CAP}`, 'y');
const EXTRA_WORD = new RegExp(`\\s+(${CAP})(?![A-Za-z0-9])`, 'y');
/** Capitalised words that end a name rather than continue it. */
const STOP = new Set(
  'Kamerstuk Kamerstukken Handelingen Aanhangsel Kamer Tweede Eerste De Het Een Dit Deze Die Dat Zie In Op Ook En Naar Met Voor Bij Nederland Minister Kabinet Verordening'.split(
    ' ',
  ),
);
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'het',
  "'t",
  'in',
  'op',
  'von',
  'di',
  'da',
  'le',
  'la',
]);

export interface Name {
  name: string;
  start: number;
  end: number;
  known: boolean;
}

const nameKey = foldWords;

function withoutParticles(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && PARTICLES.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

export interface MotionIndex {
  nameAt(text: string, at: number): Name | null;
  /**
   * The motion's id when exactly one known motion fits all names — or, where several do, exactly
   * one of them has `day` (YYYY-MM-DD, the date the page names it by) among its days — else
   * `motie-{slug}`: a name is never guessed.
   */
  resolve(names: string[], day?: string): string;
  isKnown(name: string): boolean;
}

export function createMotionIndex(motions: Lexicon['motions']): MotionIndex {
  const index = new Map<string, Set<string>>();
  const spellings = new Set<string>();
  const daysOf = new Map<string, readonly string[]>();
  for (const motion of motions) {
    if (motion.days) daysOf.set(motion.id, motion.days);
    for (const name of motion.names) {
      const key = nameKey(name);
      if (key === '') continue;
      spellings.add(name.trim());
      for (const k of new Set([key, withoutParticles(key)])) {
        const ids = index.get(k) ?? new Set<string>();
        ids.add(motion.id);
        index.set(k, ids);
      }
    }
  }
  const knownSources = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((n) =>
      n
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join('[\\s\\u00a0\\-]+'),
    );
  const known =
    knownSources.length > 0
      ? new RegExp(
          `(?:${PARTICLE}\\s+)?(?:${knownSources.join('|')})(?![-\\u2010]?[A-Za-z\\u00c0-\\u024f])`,
          'iy',
        )
      : null;

  function lookup(name: string): Set<string> | undefined {
    const key = nameKey(name);
    return index.get(key) ?? index.get(withoutParticles(key));
  }

  function nameAt(text: string, at: number): Name | null {
    const k = known ? matchAt(known, text, at) : null;
    if (k && lookup(k[0])) return { name: k[0], start: at, end: at + k[0].length, known: true };
    const head = matchAt(HEAD_NAME, text, at);
    if (!head) return null;
    let end = at + head[0].length;
    for (let extra = 0; extra < 2; extra++) {
      const word = matchAt(EXTRA_WORD, text, end);
      if (!word || STOP.has(word[1] ?? '')) break;
      end = EXTRA_WORD.lastIndex;
    }
    const name = text.slice(at, end);
    if (STOP.has(name)) return null;
    return { name, start: at, end, known: lookup(name) !== undefined };
  }

  function resolve(names: string[], day?: string): string {
    let fit: Set<string> | undefined;
    for (const name of names) {
      const ids = lookup(name);
      fit = fit ? new Set([...fit].filter((id) => ids?.has(id))) : new Set(ids);
    }
    if (fit && fit.size > 1 && day !== undefined) {
      fit = new Set([...fit].filter((id) => daysOf.get(id)?.includes(day)));
    }
    const only = fit && fit.size === 1 ? [...fit][0] : undefined;
    return only ?? motionSlugId(names);
  }

  return { nameAt, resolve, isKnown: (name) => lookup(name) !== undefined };
}
