import { matchAt, NOT_WORD_AFTER, vergaderjaar } from './grammar';
import { detection, type Parser } from './parser';
import { publicationId, publicationKind } from './publication-ids';
import type { RefKind } from './types';

// Identifiers of officielebekendmakingen, bare ("kst-34843-114", "kst-35300-VI-7",
// "h-tk-20222023-78-23", "ah-tk-20242025-1028", "stb-2023-512", "stcrt-2022-30178",
// "trb-2019-74"), in their older form with the vergaderjaar ("kst-20072008-30881-B" →
// kst-30881-B, CONTRACT §2) or inside a URL
// ("https://zoek.officielebekendmakingen.nl/kst-32317-977.html", ".../dossier/34843",
// ".../dossier/kst-30881-B.html"), and EU acts in EUR-Lex addresses
// ("…/legal-content/NL/TXT/?uri=CELEX:32016R0679", "…/eli/reg/2016/679/oj", "…?uri=COM:2007:0291:FIN").
// A URL is marked whole, so the mark covers what the reader sees as one link. Any other web
// address is skipped whole: words in a path ("…/child-sexual-abuse-material-in-the-world/") and
// numbers in it ("…/detail?id=2024Z14098&did=2024D34636") are not prose.

const URL_PREFIX = /(?:https?:\/\/)?(?:zoek\.|www\.)?officielebekendmakingen\.nl\//iy;
/** The site's dossier views put a folder before the paper's id: "…/dossier/kst-30881-B.html". */
const ID_FOLDER = /(?:behandelddossier|dossier)\/(?=(?:kst|h|ah|stb|stcrt|trb)-)/iy;
const END = `(?!-?\\d)${NOT_WORD_AFTER}`;
const SUFFIX = '(?:-([IVXLC]{1,6}[AB]?|[A-Z]|\\d{1,2}))?';
const IDS: { re: RegExp; kind: RefKind; build: (m: RegExpExecArray) => string | null }[] = [
  {
    re: new RegExp(
      `kst-(?:(?:19|20)\\d{6}-)?(\\d{5})${SUFFIX}-(\\d+|[A-Z]{1,3})(?:-n\\d+)?${END}`,
      'y',
    ),
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
    re: new RegExp(`(stb|stcrt|trb)-((?:18|19|20)\\d\\d)-(\\d+)${END}`, 'y'),
    kind: 'staatsblad',
    build: (m) => publicationId(m[1] ?? '', m[2] ?? '', m[3] ?? ''),
  },
  {
    re: new RegExp(`dossier/(\\d{5})${SUFFIX}${END}`, 'y'),
    kind: 'dossier',
    build: (m) => `dossier-${m[1]}${m[2] ? `-${m[2]}` : ''}`,
  },
];
const EXTENSION = /\.(?:html?|pdf|xml|odt)(?![A-Za-z0-9])/iy;
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]*/iy;
const EUR_LEX = /(?:https?:\/\/)?(?:www\.)?eur-lex\.europa\.eu\/[^\s<>"'()[\]{}]*/iy;
const CELEX_IN_URL = /(?:CELEX(?::|%3A)|celex=)([1-9CE]\d{4}[A-Z]{1,2}\d{4})(?!\d)/i;
const ELI_IN_URL = /\/eli\/(reg|dir|dec|dec_framw)(?:_impl|_del)?\/(\d{4})\/(\d{1,4})(?!\d)/i;
const ELI_TYPE: Record<string, string> = { reg: 'R', dir: 'L', dec: 'D', dec_framw: 'F' };
/**
 * A Commission proposal in EUR-Lex's older addresses ("LexUriServ.do?uri=COM:2007:0291:FIN:NL:HTML",
 * the colons often escaped as %3A): a COM document, CELEX sector 5 type PC (CONTRACT §2).
 */
const COM_IN_URL = /uri=COM(?::|%3A)((?:19|20)\d\d)(?::|%3A)(\d{4})(?::|%3A)FIN/i;

function idAt(
  text: string,
  at: number,
  inUrl: boolean,
): { end: number; kind: RefKind; id: string } | null {
  for (const { re, kind, build } of IDS) {
    if (kind === 'dossier' && !inUrl) continue;
    const m = matchAt(re, text, at);
    const id = m && build(m);
    if (id) {
      const own = kind === 'staatsblad' ? (publicationKind(m[1] ?? '') ?? kind) : kind;
      return { end: re.lastIndex, kind: own, id };
    }
  }
  return null;
}

/** The CELEX id an EUR-Lex address names, or null (a search page, a summary). */
function eurLexId(url: string): string | null {
  const celex = CELEX_IN_URL.exec(url)?.[1];
  if (celex !== undefined) return `celex-${celex.toUpperCase()}`;
  const com = COM_IN_URL.exec(url);
  if (com) return `celex-5${com[1]}PC${com[2]}`;
  const eli = ELI_IN_URL.exec(url);
  const type = eli && ELI_TYPE[(eli[1] ?? '').toLowerCase()];
  if (!eli || !type) return null;
  return `celex-3${eli[2]}${type}${(eli[3] ?? '').padStart(4, '0')}`;
}

export const parseOfficial: Parser = (text, at) => {
  const eurLex = matchAt(EUR_LEX, text, at);
  if (eurLex) {
    const end = EUR_LEX.lastIndex;
    // A sentence's full stop or comma after the address is not part of it.
    const trimmed = end - (/[.,;:!?]+$/.exec(eurLex[0])?.[0].length ?? 0);
    const id = eurLexId(text.slice(at, trimmed));
    return id ? [detection(text, at, trimmed, 'eu-act', id)] : end;
  }
  const url = matchAt(URL_PREFIX, text, at);
  let from = url ? URL_PREFIX.lastIndex : at;
  if (url && matchAt(ID_FOLDER, text, from)) from = ID_FOLDER.lastIndex;
  const found = idAt(text, from, url !== null);
  if (!found) return matchAt(WEB_ADDRESS, text, at) ? WEB_ADDRESS.lastIndex : null;
  let end = found.end;
  if (url && matchAt(EXTENSION, text, end)) end = EXTENSION.lastIndex;
  return [detection(text, at, end, found.kind, found.id)];
};
