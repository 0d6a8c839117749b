/**
 * Citations in the official style (Aanwijzingen voor de regelgeving, aanwijzing 3.43 ff.):
 * "Kamerstukken II 2024/25, 32 317, nr. 906", "Handelingen II 2022/23, nr. 78, item 23",
 * "Aanhangsel Handelingen II 2024/25, nr. 1028", "Verordening (EU) 2021/1232", "Stb. 2023, 512".
 */
import { dossierKey, ID_PATTERNS, idKind, parseHandelingen, parseKamerstuk } from './ids';
import type { DocumentEntry } from './types';

/**
 * The citation of a canonical id. A Kamerstuk is cited with its vergaderjaar when `doc` gives one,
 * else as "Kamerstuk 32 317, nr. 906". Undefined for terms, unnumbered motions and unknown ids.
 */
export function formatCitation(
  id: string,
  doc?: Pick<DocumentEntry, 'vergaderjaar'>,
): string | undefined {
  switch (idKind(id)) {
    case 'kamerstuk':
      return kamerstuk(id, doc?.vergaderjaar);
    case 'handelingen':
    case 'aanhangsel':
      return handelingen(id);
    case 'dossier':
      return `Kamerstukken ${dossierNumber(id.slice('dossier-'.length))}`;
    case 'eu-act':
      return euAct(id);
    case 'staatsblad':
    case 'staatscourant':
    case 'tractatenblad':
      return publication(id);
    default:
      return undefined;
  }
}

function kamerstuk(id: string, vergaderjaar: string | undefined): string | undefined {
  const parts = parseKamerstuk(id);
  if (!parts) return undefined;
  const dossier = dossierNumber(dossierKey(parts));
  // Eerste Kamer papers are numbered with letters ("C") and cited without "nr.".
  const firstChamber = /^[A-Z]+$/.test(parts.nr);
  const nr = firstChamber ? parts.nr : `nr. ${parts.nr}`;
  if (vergaderjaar === undefined) return `Kamerstuk ${dossier}, ${nr}`;
  return `Kamerstukken ${firstChamber ? 'I' : 'II'} ${shortYear(vergaderjaar)}, ${dossier}, ${nr}`;
}

/** "stb-2023-512" → "Stb. 2023, 512" (Aanwijzingen voor de regelgeving 3.43). */
const PUBLICATION_ABBREVIATION: Record<string, string> = {
  stb: 'Stb.',
  stcrt: 'Stcrt.',
  trb: 'Trb.',
};

function publication(id: string): string | undefined {
  const [prefix = '', year, nr] = id.split('-');
  const name = PUBLICATION_ABBREVIATION[prefix];
  return name && year && nr ? `${name} ${year}, ${nr}` : undefined;
}

function handelingen(id: string): string | undefined {
  const parts = parseHandelingen(id);
  if (!parts) return undefined;
  const chamber = parts.chamber === 'ek' ? 'I' : 'II';
  const year = shortYear(parts.vergaderjaar);
  return parts.item === undefined
    ? `Aanhangsel Handelingen ${chamber} ${year}, nr. ${parts.nr}`
    : `Handelingen ${chamber} ${year}, nr. ${parts.nr}, item ${parts.item}`;
}

/**
 * "32317" → "32 317"; a roman or letter suffix follows after a space ("36 200 VI"), a numeric one
 * after a hyphen ("21 501-33"), as on the papers themselves.
 */
export function dossierNumber(key: string): string {
  const [digits = '', suffix] = key.split('-');
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+$)/g, ' ') : digits;
  if (suffix === undefined) return grouped;
  return /^\d+$/.test(suffix) ? `${grouped}-${suffix}` : `${grouped} ${suffix}`;
}

/** "2024-2025" → "2024/25"; across a century "1999-2000" → "1999/2000". */
export function shortYear(vergaderjaar: string): string {
  const [from = '', to = ''] = vergaderjaar.split('-');
  return from.slice(0, 2) === to.slice(0, 2) ? `${from}/${to.slice(2)}` : `${from}/${to}`;
}

function euAct(id: string): string {
  const m = ID_PATTERNS['eu-act'].exec(id);
  const celex = id.slice('celex-'.length);
  if (!m || m[2] === undefined || m[4] === undefined) return `CELEX ${celex}`;
  const [sector, year, type, n] = [m[1], Number(m[2]), m[3], String(Number(m[4]))];
  if (sector === '5' && type === 'PC') return `COM(${year}) ${n}`;
  // Framework decisions (type F) were acts of police and judicial cooperation (JBZ), until 2009.
  if (sector === '3' && type === 'F') return `Kaderbesluit ${year}/${n}/JBZ`;
  if (sector !== '3' || (type !== 'R' && type !== 'L')) return `CELEX ${celex}`;
  // Numbering changed in 2015 ("2021/1232"); before, "(EU) nr. 1215/2012"; EC acts before the
  // Lisbon Treaty (in force December 2009) are "EG", EEC acts before 1993 "EEG".
  const union = year >= 2010 ? 'EU' : year >= 1993 ? 'EG' : 'EEG';
  if (type === 'R') {
    return year >= 2015
      ? `Verordening (EU) ${year}/${n}`
      : `Verordening (${union}) nr. ${n}/${year}`;
  }
  return year >= 2015 ? `Richtlijn (EU) ${year}/${n}` : `Richtlijn ${year}/${n}/${union}`;
}

/**
 * The vergaderjaar a citation on a page gives ("Kamerstukken II 2023/24, …" → "2023-2024";
 * also "2023-2024", "2023–2024"), so a paper the data does not know keeps it; else undefined.
 * Only a year followed by the next year counts: "2023/24" but not a date or a number range.
 */
export function vergaderjaarIn(text: string): string | undefined {
  const m = /\b((?:19|20)\d{2})\s*[/\-\u2013]\s*(\d{2}|\d{4})\b/.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const from = Number(m[1]);
  const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  const next = to === from + 1 || (m[2].length === 2 && to + 100 === from + 1);
  return next ? `${from}-${from + 1}` : undefined;
}
