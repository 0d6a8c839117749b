import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Recall and wrong ids of a detector on a set of real-shaped citations
// (tests/fixtures/recall/citations.json: each entry a text, the ids a careful reader sees in it,
// and where the form comes from). Recall counts the expected ids found; a wrong id is any
// document id found (glossary terms aside) that the entry does not list. A motion named without
// its number gets `motie-{names}` (CONTRACT §2); that names no document, so it cannot be a
// wrong one, and is counted apart. `npm run recall`
// prints the numbers for the current detector; tests/unit/detect/recall.test.ts holds the goal.

export interface RecallEntry {
  text: string;
  ids: string[];
  source: string;
}

export interface RecallResult {
  expected: number;
  found: number;
  recall: number;
  missed: { text: string; id: string }[];
  wrong: { text: string; id: string }[];
  /** `motie-…` ids found that the entry does not list (motions named, no number claimed). */
  motionNames: number;
}

type Detect = (text: string) => { kind: string; id: string }[];

export const RECALL_SET = join(import.meta.dirname, '../fixtures/recall/citations.json');

export function loadRecallSet(file = RECALL_SET): RecallEntry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as RecallEntry[];
}

/** Recall (0–1) of `detect` on `entries`, with what it missed and what it got wrong. */
export function measureRecall(detect: Detect, entries: readonly RecallEntry[]): RecallResult {
  const missed: RecallResult['missed'] = [];
  const wrong: RecallResult['wrong'] = [];
  let expected = 0;
  let found = 0;
  let motionNames = 0;
  for (const { text, ids } of entries) {
    const got = new Set(
      detect(text)
        .filter((d) => d.kind !== 'term')
        .map((d) => d.id),
    );
    for (const id of new Set(ids)) {
      expected++;
      if (got.has(id)) found++;
      else missed.push({ text, id });
    }
    for (const id of got) {
      if (ids.includes(id)) continue;
      if (id.startsWith('motie-')) motionNames++;
      else wrong.push({ text, id });
    }
  }
  const recall = expected === 0 ? 1 : found / expected;
  return { expected, found, recall, missed, wrong, motionNames };
}

/** The printed report: numbers first, then every miss and wrong id. */
export function formatRecall(result: RecallResult, entries: number): string {
  const lines = [
    `recall ${result.recall.toFixed(3)} (${result.found}/${result.expected} ids in ${entries} citations), ` +
      `wrong ids ${result.wrong.length}, motions named without number ${result.motionNames}`,
    ...result.missed.map((m) => `  missed ${m.id} in ${JSON.stringify(m.text)}`),
    ...result.wrong.map((w) => `  wrong  ${w.id} in ${JSON.stringify(w.text)}`),
  ];
  return lines.join('\n');
}
