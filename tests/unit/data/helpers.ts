import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDataFiles } from '../../../src/core/data/bundled';
import type { DataFileKey } from '../../../src/core/data/files';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** CI checks the repository out with `shared/` beside it, as on the development machines. */
export const SEEDS_DIR = resolve(REPO_ROOT, '../shared/seeds');

export function readSeeds(): Record<string, string> {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(
      `The seed files are missing: expected them in ${SEEDS_DIR} (the shared/ folder beside the ` +
        'repository). The seed-quote check cannot run without them.',
    );
  }
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

/** The position of the entry with this id, so tests do not depend on the order of the data. */
export function indexOf(
  files: Record<DataFileKey, Record<string, unknown>>,
  key: 'documents' | 'terms' | 'events',
  id: string,
): number {
  const index = (files[key][key] as { id: string }[]).findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`${key} has no ${id}`);
  return index;
}
