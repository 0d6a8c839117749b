/**
 * Checks that keep the record true (FACTS.md, "Corrections"): position sources stated on or after
 * what they report and dated as their document, reported facts never passed off as settled,
 * every motion with an outcome and its answer resolving, citations with their vergaderjaar.
 */
import { dateRange, isPartialDate, lastDayOf } from './dates';
import { allSources } from './sources';
import { idKind } from './ids';
import { isUrl, type CheckContext } from './check-refs';
import type { Source } from './types';
import type { ValidationError } from './validation-error';

/** The latest day a possibly partial date can mean is on or after the earliest of `event`. */
function notBefore(source: string, event: string): boolean {
  return dateRange(source)[1] >= dateRange(event)[0];
}

function sourceDate(s: Source): string | undefined {
  return 'date' in s ? s.date : undefined;
}

/**
 * A position source supports the stance from the entry's day on (CONTRACT §3: "the latest
 * document up to D"), so it is dated that very day: never after it (it would be cited at dates
 * when it did not yet exist) and never before the change it reports. An `approximate` entry,
 * whose source FACTS.md dates only by month, stands on the last day that month can mean. A
 * document source is dated as its document, a report as it is cited elsewhere in the data.
 */
export function checkPositionSources({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const file = names.positions;
  const docs = new Map(kb.documents.map((d) => [d.id, d]));
  const reportDates = reportDatesByUrl(kb);
  kb.positions.forEach((p, i) => {
    const at = `/positions/${i}`;
    const push = (path: string, message: string) => errors.push({ file, path, message });
    if (!isPartialDate(p.stated)) return push(`${at}/stated`, `"${p.stated}" is not a date`);
    if (p.approximate === true) {
      if (lastDayOf(p.stated) !== p.date) {
        push(`${at}/date`, `an approximate entry stands on the last day of ${p.stated}`);
      }
    } else if (p.stated !== p.date) {
      const message = `source dated ${p.stated}, not the day it supports (${p.date}): a source is never dated after the stance it supports nor before the change it reports`;
      push(`${at}/stated`, message);
    }
    const doc = isUrl(p.source) ? undefined : docs.get(p.source);
    if (doc?.date !== undefined && p.stated !== doc.date) {
      push(`${at}/stated`, `must be the date of ${p.source} (${doc.date}), not ${p.stated}`);
    }
    const cited = isUrl(p.source) ? reportDates.get(p.source) : undefined;
    if (cited?.some((d) => d !== p.stated)) {
      push(`${at}/stated`, `${p.source} is dated ${cited.join(', ')} where else it is cited`);
    }
    if (doc && idKind(doc.id) === 'kamerstuk' && doc.vergaderjaar === undefined) {
      const message = `${doc.id} is cited as a position source and needs its vergaderjaar`;
      errors.push({
        file: names.documents,
        path: `/documents/${kb.documents.indexOf(doc)}`,
        message,
      });
    }
  });
  return errors;
}

/** The dates each report address is cited with, wherever the data cites it. */
function reportDatesByUrl(kb: CheckContext['kb']): Map<string, string[]> {
  const dates = new Map<string, string[]>();
  for (const s of allSources(kb)) {
    if (!('url' in s) || s.date === undefined) continue;
    const list = dates.get(s.url) ?? [];
    if (!list.includes(s.date)) list.push(s.date);
    dates.set(s.url, list);
  }
  return dates;
}

/** Event and document sources with a date must not be dated before what they report. */
export function checkSourceDates({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  kb.events.forEach((e, i) =>
    e.sources.forEach((s, j) => {
      const date = sourceDate(s);
      if (date !== undefined && !notBefore(date, e.date)) {
        const message = `source dated ${date} is before the event it reports (${e.date})`;
        errors.push({ file: names.events, path: `/events/${i}/sources/${j}/date`, message });
      }
    }),
  );
  kb.documents.forEach((d, i) => {
    const response = d.motion?.response;
    const vote = d.motion?.vote;
    const checks: [string, string | undefined, Source[]][] = [
      ['vote', vote?.date, vote?.sources ?? []],
      ['response', response?.date, response?.sources ?? []],
    ];
    for (const [step, date, sources] of checks) {
      sources.forEach((s, j) => {
        const at = sourceDate(s);
        if (date !== undefined && at !== undefined && !notBefore(at, date)) {
          const message = `source dated ${at} is before the ${step} it reports (${date})`;
          errors.push({
            file: names.documents,
            path: `/documents/${i}/motion/${step}/sources/${j}`,
            message,
          });
        }
      });
    }
  });
  return errors;
}

/** Reported facts say so in their text, in both languages, so no reader takes them as settled. */
export function checkReported({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  kb.events.forEach((e, i) => {
    if (e.status !== 'reported') return;
    if (!/secundaire bron/i.test(e.text.nl) || !/secondary source/i.test(e.text.en)) {
      const message = 'a reported event says in its text that secondary sources report it';
      errors.push({ file: names.events, path: `/events/${i}/text`, message });
    }
    if (e.sources.length === 0) {
      errors.push({
        file: names.events,
        path: `/events/${i}/sources`,
        message: 'needs its source',
      });
    }
  });
  return errors;
}

/** Every motion has an outcome, its vote's Handelingen item and its answer resolve. */
export function checkMotions({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const ids = new Set(kb.documents.map((d) => d.id));
  kb.documents.forEach((d, i) => {
    if (d.docType !== 'motie') return;
    const at = `/documents/${i}`;
    if (!d.motion) {
      errors.push({
        file: names.documents,
        path: at,
        message: 'a motion needs its record (motion)',
      });
      return;
    }
    if (d.kind === 'kamerstuk' && d.vergaderjaar === undefined) {
      errors.push({
        file: names.documents,
        path: at,
        message: 'a motion is cited with its vergaderjaar',
      });
    }
    const refs: [string, string | undefined][] = [
      ['vote/handelingen', d.motion.vote?.handelingen],
      ['response/document', d.motion.response?.document],
    ];
    for (const [path, id] of refs) {
      if (id !== undefined && !ids.has(id)) {
        const message = `"${id}" does not resolve to a document`;
        errors.push({ file: names.documents, path: `${at}/motion/${path}`, message });
      }
    }
    if (d.motion.outcome === 'adopted' && d.adopted !== d.motion.vote?.date) {
      const message = `adopted (${d.adopted ?? 'none'}) must be the vote's date`;
      errors.push({ file: names.documents, path: `${at}/adopted`, message });
    }
  });
  return errors;
}
