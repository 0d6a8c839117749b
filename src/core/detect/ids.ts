import type { RefKind } from './types';

// The canonical id grammar of CONTRACT §2, one pattern per kind. The detector only ever builds
// ids of these shapes; tests (and any consumer) can check that with `isCanonicalId`.

const SUFFIX = '(?:-(?:[IVXLC]{1,6}|[A-Z]|\\d{1,2}))?';
const KST = `kst-\\d{5}${SUFFIX}-(?:\\d+|[A-Z]{1,3})`;
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const ID_PATTERNS: Readonly<Record<RefKind, RegExp>> = {
  kamerstuk: new RegExp(`^${KST}$`),
  dossier: new RegExp(`^dossier-\\d{5}${SUFFIX}$`),
  handelingen: /^h-(?:tk|ek)-\d{8}-\d+-\d+$/,
  aanhangsel: /^ah-(?:tk|ek)-\d{8}-\d+$/,
  motie: new RegExp(`^(?:${KST}|motie-${SLUG})$`),
  'eu-act': /^celex-[1-9]\d{4}[A-Z]{1,2}\d{4}$/,
  term: new RegExp(`^term-${SLUG}$`),
};

export function isCanonicalId(kind: RefKind, id: string): boolean {
  return ID_PATTERNS[kind].test(id);
}
