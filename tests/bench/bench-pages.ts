import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { knowledgeBase } from '../../src/core/data/bundled';
import { toLexicon } from '../../src/core/data/lexicon';

/**
 * The benchmark's pages: news-like articles of a given size built from the seed texts (the
 * public documents the project started from), each ending in one known reference.
 */

/** The last reference on every page: the scan has reached the end when it is found. */
export const LAST_REF = 'Kamerstuk 36 999, nr. 999';
export const LAST_ID = 'kst-36999-999';

const FALLBACK = [
  'Het kabinet steunt het voorstel voor de CSAM-verordening niet langer zonder meer. In',
  'Kamerstuk 26 643, nr. 1011 vroeg de Kamer al om geen chatcontrole toe te staan.',
  '',
  'De minister schreef eerder dat detectie beperkt moet blijven tot bekend materiaal',
  '(Kamerstuk 34 843, nr. 113), en verwees naar Handelingen II 2022/23, nr. 78, item 23.',
  '',
  'Zie ook Verordening (EU) 2021/1232 en de motie-Van Ginneken c.s. over end-to-end-encryptie.',
].join('\n');

/** Where the seeds are: $KAMERLENS_SEEDS, ../shared/seeds beside the repository, /work/shared. */
export function findSeeds(root: string): { dir: string | null; texts: string[] } {
  const candidates = [
    process.env.KAMERLENS_SEEDS,
    path.resolve(root, '../shared/seeds'),
    '/work/shared/seeds',
  ].filter((d): d is string => typeof d === 'string' && d.length > 0);
  for (const dir of candidates) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    if (files.length > 0)
      return { dir, texts: files.sort().map((f) => readFileSync(path.join(dir, f), 'utf8')) };
  }
  return { dir: null, texts: [FALLBACK] };
}

/** Paragraphs of about two lines of the seed texts, never cut inside a reference. */
export function paragraphsOf(texts: string[]): string[] {
  const paragraphs: string[] = [];
  for (const text of texts) {
    let current = '';
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      // Past about two lines a line break ends the paragraph too, unless a reference may run on.
      const runsOn =
        /(?:\d|,|nr\.?|Kamerstuk(?:ken)?|II|\()$/.test(current) || /^(?:\d|nr\.)/.test(line);
      if (line === '' || (current.length >= 100 && !runsOn)) {
        if (current) paragraphs.push(current);
        current = line;
        continue;
      }
      current = current ? `${current} ${line}` : line;
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Records long tasks and long animation frames (which include rendering) from the very start,
 * for the benchmark to read from the main world.
 */
const LONGTASK_OBSERVER =
  'window.benchLongTasks=[];function benchRecord(l){l.getEntries().forEach(function(e){' +
  'window.benchLongTasks.push({type:e.entryType,start:e.startTime,duration:e.duration})})}' +
  "['longtask','long-animation-frame'].forEach(function(t){try{new PerformanceObserver(" +
  'benchRecord).observe({type:t,buffered:true})}catch(_){}});';

export interface BenchPage {
  label: string;
  html: string;
  textBytes: number;
  paragraphs: number;
}

/**
 * An article with `bytes` of text: the seed paragraphs over and over, each second one followed
 * by a short line as news sites have ("Lees ook"), and the known last reference at the end.
 */
export function buildPage(label: string, bytes: number, paragraphs: string[]): BenchPage {
  const parts: string[] = [];
  let size = 0;
  let count = 0;
  for (let i = 0; size < bytes; i++) {
    const text = paragraphs[i % paragraphs.length] ?? '';
    parts.push(`<p>${escape(text)}</p>`);
    size += text.length;
    count++;
    if (i % 2 === 1) {
      const short = `Lees ook: bericht ${i}.`;
      parts.push(`<p class="related">${short}</p>`);
      size += short.length;
      count++;
    }
  }
  const last = `Slot: ${LAST_REF} sluit deze pagina af.`;
  parts.push(`<p id="last">${last}</p>`);
  return {
    label,
    textBytes: size + last.length,
    paragraphs: count + 1,
    html:
      '<!doctype html><html lang="nl"><head><meta charset="utf-8">' +
      `<title>Benchmark ${label}</title><script>${LONGTASK_OBSERVER}</script>` +
      '<style>body{font:16px/1.5 Georgia,serif;max-width:42rem;margin:2rem auto;color:#222}' +
      '.related{font-size:.8rem;color:#666}</style></head>' +
      `<body><article><h1>Benchmark ${label}</h1>${parts.join('')}</article></body></html>`,
  };
}

/**
 * What a reader would give mark.js for the same targets: one combined pattern for the
 * parliamentary references Kamerlens detects and every spelling of the glossary terms.
 */
export function combinedPattern(): RegExp {
  const terms = toLexicon(knowledgeBase)
    .terms.flatMap((t) => t.variants)
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const documents = [
    String.raw`Kamerstuk(?:ken)?(?:\s+[IV]+)?(?:,?\s+\d{4}[/-]\d{2,4})?,?\s+\d{2,3}\s?\d{3}(?:[- ][A-Z0-9]+)?,\s*nr\.\s*\d+`,
    String.raw`kst-\d+(?:-[A-Z0-9]+)?-\d+`,
    String.raw`(?:Aanhangsel\s+)?Handelingen\s+(?:I|II)\s+\d{4}[/-]\d{2,4},\s*nr\.\s*\d+(?:,\s*item\s*\d+)?`,
    String.raw`(?:Verordening|Richtlijn)\s+(?:\((?:EU|EG)\)\s+)?\d{2,4}/\d+(?:/(?:EU|EG))?`,
    String.raw`COM\(\d{4}\)\s*\d+`,
    String.raw`motie-[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*(?:\s+c\.s\.)?`,
  ];
  return new RegExp(`(?:${[...documents, ...terms].join('|')})`, 'gi');
}
