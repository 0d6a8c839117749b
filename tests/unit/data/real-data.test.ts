import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { bundledDataFiles, knowledgeBase as kb } from '../../../src/core/data/bundled';
import {
  checkSeedQuotes,
  DATA_FILE_NAMES,
  formatValidationError,
  validateKnowledgeBase,
} from '../../../src/core/data/validate';
import { REPO_ROOT, readOriginalSeeds, readSeeds } from './helpers';

describe('the bundled knowledge base', () => {
  it('passes validation', () => {
    expect(validateKnowledgeBase(bundledDataFiles).map(formatValidationError)).toEqual([]);
  });

  it('quotes every seed verbatim', () => {
    const files = Object.fromEntries(
      Object.entries(DATA_FILE_NAMES).map(([key, name]) => [
        name,
        bundledDataFiles[key as keyof typeof DATA_FILE_NAMES],
      ]),
    );
    expect(checkSeedQuotes(files, readSeeds()).map(formatValidationError)).toEqual([]);
  });

  it('has an as-of date and a schema version', () => {
    expect(kb.meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(kb.meta.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('has at least 60 terms, each with Dutch and English labels and definitions', () => {
    expect(kb.terms.length).toBeGreaterThanOrEqual(60);
    for (const term of kb.terms) {
      expect(term.label.nl.trim(), term.id).not.toBe('');
      expect(term.label.en.trim(), term.id).not.toBe('');
      expect(term.definition.nl.trim(), term.id).not.toBe('');
      expect(term.definition.en.trim(), term.id).not.toBe('');
      expect(term.sources.length, term.id).toBeGreaterThan(0);
    }
  });

  it('has every document of FACTS.md', () => {
    const facts = [
      'kst-32317-977',
      'kst-32317-972',
      'kst-34843-114',
      'kst-26643-1043',
      'celex-52022PC0209',
      'kst-22112-3455',
      'kst-26643-885',
      'kst-26643-908',
      'kst-26643-1011',
      'kst-26643-1069',
      'kst-32317-856',
      'kst-34843-112',
      'kst-34843-113',
      'kst-32317-891',
      'kst-32317-906',
      'celex-32021R1232',
      'celex-32002L0058',
    ];
    const ids = new Set(kb.documents.map((d) => d.id));
    expect(facts.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps the inferred facts of FACTS.md marked as inferred', () => {
    const doc = kb.documents.find((d) => d.id === 'kst-26643-908');
    expect(doc?.status).toBe('inferred');
    expect(kb.positions.find((p) => p.source === 'kst-26643-908')?.status).toBe('inferred');
  });

  it('invents no Kamerstuk number for the motion of 25 November 2025', () => {
    const event = kb.events.find((e) => e.date === '2025-11-25');
    expect(event?.documents).toEqual(['motie-kathmann-2025-11-25']);
    const page = kb.documents.find((d) => d.id === 'motie-kathmann-2025-11-25');
    expect(page).toMatchObject({ kind: 'motie', submitters: ['Kathmann'], dossiers: [] });
    // Its own entry: the motion of 25 November 2025 only, never the dates of 32 317, nr. 891.
    expect(page?.date).toBe('2025-11-25');
    expect(page?.summary.en).toContain('number was not found');
    expect(JSON.stringify(page)).not.toMatch(/bundel|bundle|2024-10/);
  });
});

describe('data file formatting', () => {
  const dataDir = join(REPO_ROOT, 'data');
  const files = [
    ...readdirSync(dataDir).filter((f) => f.endsWith('.json')),
    ...readdirSync(join(dataDir, 'schema')).map((f) => join('schema', f)),
  ];

  it.each(files)('data/%s is formatted by Prettier', async (file) => {
    const path = join(dataDir, file);
    const options = (await prettier.resolveConfig(path)) ?? {};
    expect(await prettier.check(readFileSync(path, 'utf8'), { ...options, filepath: path })).toBe(
      true,
    );
  });
});

describe('seed copies', () => {
  it('cover every seed the data cites, identical to the originals where shared/ is present', () => {
    const copies = readSeeds();
    expect(Object.keys(copies).length).toBeGreaterThanOrEqual(4);
    const originals = readOriginalSeeds();
    for (const [name, text] of Object.entries(copies)) {
      if (originals) expect(text).toBe(originals[name]);
      expect(text.length).toBeGreaterThan(1000);
    }
  });
});
