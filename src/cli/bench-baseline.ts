import type { Detection, Lexicon, RefKind } from '../core/detect';
import { escapeRegExp } from '../core/detect/trie';

// The baseline `npm run bench` measures against: what one would write first. One regular
// expression per glossary term and one per citation form, each with Unicode word boundaries,
// run one after another over the text; then sort and drop overlaps. Ids are rough (the point is
// the cost of finding, not the grammar), so it is a yardstick, not a second detector.

interface Rule {
  re: RegExp;
  kind: RefKind;
  id: (m: RegExpExecArray) => string;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const D = '(\\d{2}\\s?\\d{3})';

const CITATIONS: Rule[] = [
  {
    re: new RegExp(
      `${B}Kamerstuk(?:ken)?(?:\\s+II?)?,?\\s*(?:\\d{4}[/–-]\\d{2,4},?\\s*)?${D},?\\s*nrs?\\.\\s*(\\d+)${E}`,
      'giu',
    ),
    kind: 'kamerstuk',
    id: (m) => `kst-${(m[1] ?? '').replace(/\s/g, '')}-${m[2] ?? ''}`,
  },
  {
    re: new RegExp(`${B}${D},\\s*nr\\.\\s*(\\d+)${E}`, 'giu'),
    kind: 'kamerstuk',
    id: (m) => `kst-${(m[1] ?? '').replace(/\s/g, '')}-${m[2] ?? ''}`,
  },
  {
    re: new RegExp(
      `${B}Handelingen\\s+II?\\s+(\\d{4})[/–-](\\d{2,4}),\\s*nr\\.\\s*(\\d+),\\s*item\\s+(\\d+)${E}`,
      'giu',
    ),
    kind: 'handelingen',
    id: (m) => `h-tk-${m[1] ?? ''}${m[2] ?? ''}-${m[3] ?? ''}-${m[4] ?? ''}`,
  },
  {
    re: new RegExp(
      `${B}Aanhangsel\\s+Handelingen\\s+II?\\s+(\\d{4})[/–-](\\d{2,4}),\\s*nr\\.\\s*(\\d+)${E}`,
      'giu',
    ),
    kind: 'aanhangsel',
    id: (m) => `ah-tk-${m[1] ?? ''}${m[2] ?? ''}-${m[3] ?? ''}`,
  },
  {
    re: new RegExp(
      `${B}(?:Verordening|Richtlijn)\\s*(?:\\((?:EU|EG)\\)\\s*)?(\\d{4})/(\\d{1,4})(?:/EG)?${E}`,
      'giu',
    ),
    kind: 'eu-act',
    id: (m) => `celex-3${m[1] ?? ''}R${(m[2] ?? '').padStart(4, '0')}`,
  },
  {
    re: new RegExp(`${B}COM\\s*\\((\\d{4})\\)\\s*(\\d{1,4})${E}`, 'gu'),
    kind: 'eu-act',
    id: (m) => `celex-5${m[1] ?? ''}PC${(m[2] ?? '').padStart(4, '0')}`,
  },
  {
    re: new RegExp(`${B}kst-(\\d{5})-(\\d+)${E}`, 'gu'),
    kind: 'kamerstuk',
    id: (m) => `kst-${m[1] ?? ''}-${m[2] ?? ''}`,
  },
  {
    re: new RegExp(
      `${B}motie[- ](?:van het lid )?((?:[Vv]an )?\\p{Lu}\\p{L}+)(?: c\\.s\\.)?`,
      'gu',
    ),
    kind: 'motie',
    id: (m) => `motie-${(m[1] ?? '').toLowerCase().replace(/\s+/g, '-')}`,
  },
];

export function createBaseline(lexicon: Lexicon): (text: string) => Detection[] {
  const rules: Rule[] = [...CITATIONS];
  for (const term of lexicon.terms) {
    const variants = [...term.variants].sort((a, b) => b.length - a.length).map(escapeRegExp);
    rules.push({
      re: new RegExp(`${B}(?:${variants.join('|')})\\p{L}*`, 'giu'),
      kind: 'term',
      id: () => term.id,
    });
  }
  return (text) => {
    const found: Detection[] = [];
    for (const rule of rules) {
      for (const m of text.matchAll(rule.re)) {
        const start = m.index;
        found.push({
          start,
          end: start + m[0].length,
          text: m[0],
          kind: rule.kind,
          id: rule.id(m),
        });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Detection[] = [];
    for (const d of found) if ((out.at(-1)?.end ?? 0) <= d.start) out.push(d);
    return out;
  };
}
