import { matchAt, NOT_WORD_AFTER, vergaderjaar } from './grammar';
import { detection, type Parser } from './parser';
import type { RefKind } from './types';

// Identifiers of officielebekendmakingen, bare ("kst-34843-114", "h-tk-20222023-78-23",
// "ah-tk-20242025-1028") or inside a URL
// ("https://zoek.officielebekendmakingen.nl/kst-32317-977.html", ".../dossier/34843"). A URL is
// marked whole, so the mark covers what the reader sees as one link. Any other web address is
// skipped whole: words in a path ("…/child-sexual-abuse-material-in-the-world/") are not prose.

const URL_PREFIX = /(?:https?:\/\/)?(?:zoek\.|www\.)?officielebekendmakingen\.nl\//iy;
const END = `(?!-?\\d)${NOT_WORD_AFTER}`;
const IDS: { re: RegExp; kind: RefKind; build: (m: RegExpExecArray) => string | null }[] = [
  {
    re: new RegExp(`kst-(\\d{5})(?:-([IVXLC]{1,6}|[A-Z]|\\d{1,2}))?-(\\d+|[A-Z]{1,3})${END}`, 'y'),
    kind: 'kamerstuk',
    build: (m) => `kst-${m[1]}${m[2] ? `-${m[2]}` : ''}-${m[3]}`,
  },
  {
    re: new RegExp(`h-(tk|ek)-((?:19|20)\\d\\d)((?:19|20)\\d\\d)-(\\d+)-(\\d+)${END}`, 'y'),
    kind: 'handelingen',
    build: (m) => (vergaderjaar(m[2] ?? '', m[3] ?? '') ? m[0] : null),
  },
  {
    re: new RegExp(`ah-(tk|ek)-((?:19|20)\\d\\d)((?:19|20)\\d\\d)-(\\d+)${END}`, 'y'),
    kind: 'aanhangsel',
    build: (m) => (vergaderjaar(m[2] ?? '', m[3] ?? '') ? m[0] : null),
  },
  {
    re: new RegExp(`dossier/(\\d{5})(?:-([IVXLC]{1,6}|[A-Z]|\\d{1,2}))?${END}`, 'y'),
    kind: 'dossier',
    build: (m) => `dossier-${m[1]}${m[2] ? `-${m[2]}` : ''}`,
  },
];
const EXTENSION = /\.(?:html?|pdf|xml|odt)(?![A-Za-z0-9])/iy;
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]*/iy;

function idAt(
  text: string,
  at: number,
  inUrl: boolean,
): { end: number; kind: RefKind; id: string } | null {
  for (const { re, kind, build } of IDS) {
    if (kind === 'dossier' && !inUrl) continue;
    const m = matchAt(re, text, at);
    const id = m && build(m);
    if (id) return { end: re.lastIndex, kind, id };
  }
  return null;
}

export const parseOfficial: Parser = (text, at) => {
  const url = matchAt(URL_PREFIX, text, at);
  const found = idAt(text, url ? URL_PREFIX.lastIndex : at, url !== null);
  if (!found) return matchAt(WEB_ADDRESS, text, at) ? WEB_ADDRESS.lastIndex : null;
  let end = found.end;
  if (url && matchAt(EXTENSION, text, end)) end = EXTENSION.lastIndex;
  return [detection(text, at, end, found.kind, found.id)];
};
