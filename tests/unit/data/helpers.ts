import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDataFiles } from '../../../src/core/data/bundled';
import type { DataFileKey } from '../../../src/core/data/files';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The seeds as delivered, in `shared/` beside the repository on development machines and CI. */
export const SEEDS_DIR = resolve(REPO_ROOT, '../shared/seeds');
/** The repository's own copies (the detector's golden fixtures), `seed-000.txt` for `000_….txt`. */
export const SEED_COPIES_DIR = resolve(REPO_ROOT, 'tests/fixtures/golden');

/** Every seed file the data cites, by name. */
function citedSeedNames(): string[] {
  const names = JSON.stringify(bundledDataFiles).match(/\d{3}_[0-9a-f]{16}\.txt/g) ?? [];
  return [...new Set(names)].sort();
}

/**
 * The seed texts keyed by their original file names, read from the repository's copies so the
 * tests do not depend on a folder outside it (a separate test keeps the copies identical).
 */
export function readSeeds(): Record<string, string> {
  return Object.fromEntries(
    citedSeedNames().map((name) => {
      const copy = join(SEED_COPIES_DIR, `seed-${name.slice(0, 3)}.txt`);
      if (!existsSync(copy)) throw new Error(`No copy of seed ${name} at ${copy}`);
      return [name, readFileSync(copy, 'utf8')];
    }),
  );
}

/** The original seed files, when `shared/` is present. */
export function readOriginalSeeds(): Record<string, string> | null {
  if (!existsSync(SEEDS_DIR)) return null;
  const names = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
  return Object.fromEntries(names.map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')]));
}

/** A deep copy of the bundled data files to break on purpose. */
export function mutableFiles(): Record<DataFileKey, Record<string, unknown>> {
  return structuredClone(bundledDataFiles) as Record<DataFileKey, Record<string, unknown>>;
}

/** An entry of a data file's array (e.g. `entry(files, 'terms', 12)`) as a writable record. */
export function entry(
  files: Record<DataFileKey, Record<string, unknown>>,
  key: Exclude<DataFileKey, 'meta'>,
  index: number,
): Record<string, unknown> {
  const list = files[key][key] as Record<string, unknown>[];
  const item = list[index];
  if (!item) throw new Error(`${key}[${index}] does not exist`);
  return item;
}

/**
 * The position of the entry with this id (or, for positions, this `date` as `field`), so tests do
 * not depend on the order of the data.
 */
export function indexOf(
  files: Record<DataFileKey, Record<string, unknown>>,
  key: 'documents' | 'terms' | 'events' | 'positions',
  id: string,
  field: 'id' | 'date' | 'source' = 'id',
): number {
  const list = files[key][key] as Record<string, unknown>[];
  const index = list.findIndex((item) => item[field] === id);
  if (index < 0) throw new Error(`${key} has no ${id}`);
  return index;
}
