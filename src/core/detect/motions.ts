import { motionSlugId } from '../data/motion-slug';
import { isWeekday, monthNumber } from '../dates/months';
import { dossierId, matchAt } from './grammar';
import type { MotionIndex, Name } from './motion-names';
import {
  COMPACT_SOURCE,
  compactId,
  namesCitedPaper,
  numberAfterNames,
  oneKamerstuk,
} from './motion-numbers';
import { kamerstukDetections, parseNumbers } from './nr-list';
import { detection, type InnerScan, type Parser } from './parser';
import type { Detection } from './types';

// Motions cited by their submitters: "motie-Van Raan c.s.", "de motie van het lid Van Ginneken
// c.s.", "de motie van de leden Kathmann en Six Dijkstra", "de moties van Raan c.s. en Kathmann
// c.s." (one detection per motion; the first spans from "moties"), "motie-Omtzigt/Van
// Weyenberg" (one motion, both names, as with "van de leden … en …"), and "de door het lid Van
// Ginneken c.s. ingediende motie". A name the data does not know is only taken in a clear form
// (hyphenated, with "c.s.", or after "van het lid"), and then gets the id `motie-{slug}`; so does
// a name that fits more than one known motion: it is not guessed.

const HEAD = /(moties?)(?![a-z])/iy;
const CONNECT = /(?:\s*-\s*|\s+)(?:(van\s+(?:het\s+lid|de\s+leden|lid))\s+)?/iy;
const SEP = /\s*,\s*|\s+en\s+|\s*&\s*/y;
/**
 * Between the names of one motion: as SEP, or "/" ("motie-Omtzigt/Van Weyenberg", two members
 * who submitted it together: one motion with both names). Group: the "/".
 */
const NAME_SEP = /\s*,\s*|\s+en\s+|\s*&\s*|\s*(\/)\s*/y;
const CS = /\s+c\.\s?s\.?/y;
const PAREN = /\s*\(([^()]{1,200})\)/y;
/** "… het lid Van Ginneken c.s. ingediende motie", read back from "motie". */
const BY_MEMBER =
  /(?<![A-Za-z\u00c0-\u024f])(het\s+lid|de\s+leden)\s+(\S[^]{0,100}?)\s+(?:ingediende|aangenomen|gewijzigde|verworpen|aangehouden)\s+$/i;
const MEMBER_REACH = 140;
const COMPACT = new RegExp(COMPACT_SOURCE, 'y');
const COMPACT_NEXT = new RegExp(`(?:\\s*[,;]\\s*|\\s+(?:en|and|&)\\s+)${COMPACT_SOURCE}`, 'y');
const AFTER_HEAD = /[ \u00a0]+(?:nrs?\.?\s*)?/y;
/**
 * "… c.s. van 25 november 2025", "van dinsdag 25 november 2025", "d.d. 9 oktober 2024", "of 9
 * October 2024", "(25 november 2025)", "van 25-11-2025": the day named. Groups: weekday (checked
 * apart), day, month word, year; or day, month number, year of the numeric form.
 */
const NAMED_DAY = new RegExp(
  '(?:\\s*,?\\s+(?:van|d\\.\\s?d\\.|dd\\.?|of|on)\\s+|\\s*\\(\\s*)(?:([A-Za-z]{2,9})\\.?,?\\s+)?' +
    '(?:(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+((?:19|20)\\d\\d)|(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d\\d))(?!\\d)',
  'y',
);

/** "de moties 36200-VI-12 en 36200-VI-14": one detection per number, the first from "motie". */
function numberedMotions(text: string, at: number): Detection[] | null {
  if (!matchAt(AFTER_HEAD, text, HEAD.lastIndex)) return null;
  const first = matchAt(COMPACT, text, AFTER_HEAD.lastIndex);
  if (!first) return null;
  if (first[4] !== undefined) {
    // "moties 21501-02, nrs. 1435 en 1436": every number of the list, as after a dossier.
    const word = first.index + first[0].search(/[Nn]/);
    const items = parseNumbers(text, word);
    const dossier = dossierId((first[1] ?? '').replace(/\s/g, ''), first[2]);
    if (items) {
      return kamerstukDetections(text, at, items, dossier).map((d) => ({ ...d, kind: 'motie' }));
    }
  }
  const out = [detection(text, at, COMPACT.lastIndex, 'motie', compactId(first))];
  let pos = COMPACT.lastIndex;
  for (let m = matchAt(COMPACT_NEXT, text, pos); m; m = matchAt(COMPACT_NEXT, text, pos)) {
    pos = COMPACT_NEXT.lastIndex;
    const lead = m[0].search(/\d|kst-/);
    out.push(detection(text, m.index + lead, pos, 'motie', compactId(m)));
  }
  return out;
}

interface Item {
  names: Name[];
  end: number;
  withCs: boolean;
  /** Names joined by "/" ("Omtzigt/Van Weyenberg"): a motion's, however written. */
  slashed: boolean;
}

function csAt(text: string, at: number): number | null {
  return matchAt(CS, text, at) ? CS.lastIndex : null;
}

/**
 * One or more names joined by "en", "&", "/" or commas; extra names only when `several`, known or
 * after a "/".
 */
function readNames(index: MotionIndex, text: string, at: number, several: boolean): Item | null {
  const first = index.nameAt(text, at);
  if (!first) return null;
  const names = [first];
  let end = first.end;
  let slashed = false;
  for (;;) {
    const sep = matchAt(NAME_SEP, text, end);
    if (!sep) break;
    // A "/" joins the names of one motion only, and all of them: the name after it is this
    // motion's, known or not; an "en" after "A/B" opens the next motion of a list.
    const slash = sep[1] !== undefined;
    if (slashed !== slash && names.length > 1) break;
    const next = index.nameAt(text, NAME_SEP.lastIndex);
    if (!next || !(several || next.known || slash)) break;
    slashed = slash;
    names.push(next);
    end = next.end;
  }
  const cs = csAt(text, end);
  return { names, end: cs ?? end, withCs: cs !== null, slashed };
}

/** The day (YYYY-MM-DD) a date right after the names gives, as in NAMED_DAY; else undefined. */
function namedDay(text: string, end: number): string | undefined {
  const m = matchAt(NAMED_DAY, text, end);
  if (!m || (m[1] !== undefined && !isWeekday(m[1]))) return undefined;
  const month = m[3] !== undefined ? monthNumber(m[3]) : Number(m[6]);
  const day = Number(m[2] ?? m[5]);
  const year = m[4] ?? m[7];
  if (month === undefined || !(month >= 1 && month <= 12) || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The id the names give; a day the page names right after them ("de motie-Kathmann c.s. van 25
 * november 2025") tells apart two known motions of the same names (FACTS.md: Kathmann's motions
 * of 9 October 2024 and 25 November 2025).
 */
function idOf(index: MotionIndex, item: Item, text: string): string {
  return index.resolve(
    item.names.map((n) => n.name),
    namedDay(text, item.end),
  );
}

/**
 * The detection of a motion named without number from `start` to `end`: the id `idOf` gives,
 * and where that is a bundled motion's, `named` holds the id of the names alone, which the
 * page-level decision falls back to (context.ts: a bundled motion only on a page about it).
 */
function namedMotion(
  index: MotionIndex,
  item: Item,
  text: string,
  start: number,
  end: number,
): Detection {
  const d = detection(text, start, end, 'motie', idOf(index, item, text));
  const named = motionSlugId(item.names.map((n) => n.name));
  if (d.id !== named) d.named = named;
  return d;
}

function pluralList(
  index: MotionIndex,
  text: string,
  at: number,
  start: number,
  inner: InnerScan,
): Detection[] | null {
  const first = readNames(index, text, start, false);
  if (!first || !(first.withCs || first.names.every((n) => n.known))) return null;
  const out = [namedMotion(index, first, text, at, first.end)];
  let end = first.end;
  for (;;) {
    const paren = matchAt(PAREN, text, end);
    if (paren) {
      const close = PAREN.lastIndex;
      const open = close - 1 - (paren[1]?.length ?? 0);
      // "moties Van Ginneken c.s. (Kamerstuk 26 643, nr. 1011) en …": each one mark, its number's id.
      const id = oneKamerstuk(text, open, close - 1, inner);
      const named = out[out.length - 1];
      if (id && named) out[out.length - 1] = detection(text, named.start, close, 'motie', id);
      else out.push(...inner(text, open, close - 1));
      end = close;
    }
    if (!matchAt(SEP, text, end)) break;
    const next = readNames(index, text, SEP.lastIndex, false);
    if (!next || !(next.withCs || next.names.every((n) => n.known))) break;
    const nameStart = next.names[0]?.start ?? SEP.lastIndex;
    out.push(namedMotion(index, next, text, nameStart, next.end));
    end = next.end;
  }
  return out;
}

/** The member form, which opens before "motie": its detection spans from "het lid" to "motie". */
function submittedBy(index: MotionIndex, text: string, at: number): Detection[] | null {
  const from = Math.max(0, at - MEMBER_REACH);
  const m = BY_MEMBER.exec(text.slice(from, at));
  const names = m?.[2];
  if (!m || !names || !/^motie(?![a-z])/i.test(text.slice(at, at + 6))) return null;
  const namesAt = from + m.index + m[0].indexOf(names, (m[1] ?? '').length);
  const item = readNames(index, text, namesAt, /leden/i.test(m[1] ?? ''));
  if (!item || item.end !== namesAt + names.length) return null;
  return [namedMotion(index, item, text, from + m.index, at + 'motie'.length)];
}

export function createMotionParser(index: MotionIndex): Parser {
  return (text, at, inner) => {
    const member = submittedBy(index, text, at);
    if (member) return member;
    const head = matchAt(HEAD, text, at);
    const numbers = head && numberedMotions(text, at);
    if (numbers) return numbers;
    const connect = head && matchAt(CONNECT, text, HEAD.lastIndex);
    if (!head || !connect) return null;
    const byMember = connect[1] !== undefined;
    const start = CONNECT.lastIndex;
    if (head[1]?.toLowerCase() === 'moties') return pluralList(index, text, at, start, inner);
    const hyphen = text[HEAD.lastIndex] === '-';
    const item = readNames(index, text, start, byMember);
    if (!item) return null;
    const known = item.names.every((n) => n.known);
    // Two capitalised names joined by "/" right after "motie" are its submitters: a clear form.
    if (!(known || hyphen || item.withCs || byMember || item.slashed)) return null;
    // "motie van het lid De Vries c.s. (36200-VI-12)": one mark, the number's id.
    const number = numberAfterNames(text, at, item.end, inner);
    if (number) return [detection(text, at, number.end, 'motie', number.id)];
    const cited = namesCitedPaper(text, at, item.end, inner);
    if (cited !== null) return cited;
    return [namedMotion(index, item, text, at, item.end)];
  };
}
