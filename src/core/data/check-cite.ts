/**
 * Checks that every citation can be followed and says what it is (FACTS.md "Corrections"; issue
 * 14): a front page is labelled as the site, not passed off as the item; a Kamerstuk carries its
 * vergaderjaar wherever its date settles it; a motion's steps come in the order they happened.
 */
import { dateRange, lastDayOf, vergaderjaarOfSpan } from './dates';
import { idKind } from './ids';
import { motionFirstDay } from './motions';
import type { CheckContext } from './check-refs';
import type { Source } from './types';
import type { ValidationError } from './validation-error';
import { allSources, isFrontPage } from './sources';

/** Front pages carry `siteOnly`, and a `siteOnly` source's publisher ends in "(site)". */
export function checkSiteSources({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const check = (file: string, path: string, sources: readonly Source[]) =>
    sources.forEach((s, j) => {
      if (!('url' in s)) return;
      const at = `${path}/sources/${j}`;
      if (isFrontPage(s.url) && s.siteOnly !== true) {
        const message = `${s.url} is a front page, not the item: mark it siteOnly`;
        errors.push({ file, path: at, message });
      }
      if (s.siteOnly === true && !s.publisher.endsWith('(site)')) {
        const message = 'a siteOnly source says so: its publisher ends in "(site)"';
        errors.push({ file, path: `${at}/publisher`, message });
      }
    });
  kb.documents.forEach((d, i) => {
    const at = `/documents/${i}`;
    check(names.documents, at, d.sources);
    check(names.documents, `${at}/motion/vote`, d.motion?.vote?.sources ?? []);
    check(names.documents, `${at}/motion/advice`, d.motion?.advice?.sources ?? []);
    check(names.documents, `${at}/motion/response`, d.motion?.response?.sources ?? []);
  });
  kb.events.forEach((e, i) => check(names.events, `/events/${i}`, e.sources));
  kb.terms.forEach((t, i) => check(names.terms, `/terms/${i}`, t.sources));
  kb.dossiers.forEach((d, i) => check(names.dossiers, `/dossiers/${i}`, d.sources));
  return errors;
}

/**
 * One report, one date: an address cited in several places carries the same date wherever it is
 * dated (FACTS.md gives sources' dates; a copy must not drift), and a document's source is not
 * dated before the document it describes.
 */
export function checkSourceDateAgreement({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Map<string, string>();
  for (const s of allSources(kb)) {
    if (!('url' in s) || s.date === undefined) continue;
    const first = seen.get(s.url);
    if (first === undefined) seen.set(s.url, s.date);
    else if (first !== s.date) {
      const message = `${s.url} is dated ${first} in one place and ${s.date} in another`;
      errors.push({ file: names.documents, path: '/', message });
    }
  }
  kb.documents.forEach((d, i) =>
    d.sources.forEach((s, j) => {
      if (!('url' in s) || s.date === undefined || d.date === undefined) return;
      if (lastDayOf(s.date) < dateRange(d.date)[0]) {
        const message = `source dated ${s.date} is before the document (${d.date})`;
        errors.push({ file: names.documents, path: `/documents/${i}/sources/${j}/date`, message });
      }
    }),
  );
  return errors;
}

/**
 * A Kamerstuk, or a motion known without its number, whose date lies in one vergaderjaar is cited
 * with it ("Kamerstukken II 2024/25, …"); one dated only by a span across Prinsjesdag (26 643,
 * nr. 1069: "2023") may go without, as its vergaderjaar is not known.
 */
export function checkVergaderjaren({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  kb.documents.forEach((d, i) => {
    if (d.kind !== 'kamerstuk' && d.kind !== 'motie') return;
    const first = d.kind === 'motie' ? motionFirstDay(d) : d.date;
    const known = first === undefined ? undefined : vergaderjaarOfSpan(first);
    if (known !== undefined && d.vergaderjaar === undefined) {
      const message = `${d.id} is dated ${first ?? ''}, in vergaderjaar ${known}: cite it with it`;
      errors.push({ file: names.documents, path: `/documents/${i}/vergaderjaar`, message });
    }
  });
  return errors;
}

/**
 * A motion's steps in order: submitted, voted, answered. An adopted motion has its vote with a
 * source; a vote is not before the motion, and the answer not before the vote.
 */
export function checkMotionSteps({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  kb.documents.forEach((d, i) => {
    const m = d.motion;
    if (d.docType !== 'motie' || !m) return;
    const at = `/documents/${i}/motion`;
    const push = (path: string, message: string) =>
      errors.push({ file: names.documents, path: `${at}/${path}`, message });
    if (m.outcome === 'adopted' && !m.vote?.sources.length) {
      push('vote', 'an adopted motion needs its vote with a source');
    }
    const first = motionFirstDay(d);
    if (m.vote && first !== undefined && dateRange(m.vote.date)[1] < first) {
      push('vote/date', `the vote (${m.vote.date}) is before the motion (${first})`);
    }
    const answered = m.response?.date;
    if (answered !== undefined && m.vote && dateRange(answered)[1] < dateRange(m.vote.date)[0]) {
      push('response/date', `the answer (${answered}) is before the vote (${m.vote.date})`);
    }
    if (m.response?.document !== undefined && idKind(m.response.document) === undefined) {
      push('response/document', `"${m.response.document}" is not a canonical id`);
    }
  });
  return errors;
}
