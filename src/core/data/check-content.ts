/**
 * Content checks on schema-valid data: dates and the timeline, sources behind every claim, the
 * honesty of "known from" entries, quote lengths and the bookkeeping of motions.
 */
import { dateRange, isFullDate, isPartialDate, vergaderjaarOf } from './dates';
import { parseHandelingen } from './ids';
import { collectSeedQuotes, MAX_QUOTE_WORDS, wordCount } from './quotes';
import { isUrl, type CheckContext } from './check-refs';
import type { Source } from './types';
import type { ValidationError } from './validation-error';

export function checkDates({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const asOf = kb.meta.asOf;
  if (!isFullDate(asOf)) {
    errors.push({ file: names.meta, path: '/asOf', message: 'is not a real date' });
  }
  const check = (file: string, path: string, date: string | undefined, full = false) => {
    if (date === undefined) return;
    if (!(full ? isFullDate(date) : isPartialDate(date))) {
      errors.push({ file, path, message: `"${date}" is not a real ${full ? 'day' : 'date'}` });
    } else if (dateRange(date)[0] > asOf) {
      errors.push({ file, path, message: `"${date}" is after the data set's asOf ${asOf}` });
    }
  };

  kb.documents.forEach((d, i) => {
    const at = `/documents/${i}`;
    check(names.documents, `${at}/date`, d.date);
    check(names.documents, `${at}/adopted`, d.adopted);
    const message = vergaderjaarProblem(d.id, d.vergaderjaar, d.date);
    if (message) errors.push({ file: names.documents, path: `${at}/vergaderjaar`, message });
  });
  const sourced: [string, string, { sources: Source[] }[]][] = [
    [names.documents, 'documents', kb.documents],
    [names.terms, 'terms', kb.terms],
    [names.events, 'events', kb.events],
    [names.dossiers, 'dossiers', kb.dossiers],
  ];
  for (const [file, key, list] of sourced) {
    list.forEach((item, i) =>
      item.sources.forEach((s, j) =>
        check(file, `/${key}/${i}/sources/${j}/date`, 'date' in s ? s.date : undefined),
      ),
    );
  }
  kb.events.forEach((e, i) => {
    check(names.events, `/events/${i}/date`, e.date);
    const previous = kb.events[i - 1];
    if (previous && dateRange(e.date)[0] < dateRange(previous.date)[0]) {
      const message = `${e.date} comes before the previous event (${previous.date}): keep events in date order`;
      errors.push({ file: names.events, path: `/events/${i}/date`, message });
    }
  });
  kb.positions.forEach((p, i) => {
    check(names.positions, `/positions/${i}/date`, p.date, true);
    const previous = kb.positions[i - 1];
    if (previous && p.date <= previous.date) {
      const message = `${p.date} is not after the previous entry (${previous.date}): the timeline must be ordered`;
      errors.push({ file: names.positions, path: `/positions/${i}/date`, message });
    }
  });
  return errors;
}

function vergaderjaarProblem(
  id: string,
  vj: string | undefined,
  date: string | undefined,
): string | undefined {
  if (vj === undefined) return undefined;
  const [from, to] = vj.split('-').map(Number);
  if (from === undefined || to !== from + 1) return `"${vj}" is not two consecutive years`;
  const fromId = parseHandelingen(id)?.vergaderjaar;
  if (fromId !== undefined && fromId !== vj) return `"${vj}" contradicts the id (${fromId})`;
  const fromDate = date === undefined ? undefined : vergaderjaarOf(date);
  if (fromDate !== undefined && fromDate !== vj)
    return `"${vj}" contradicts the date ${date} (${fromDate})`;
  return undefined;
}

export function checkSources({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  kb.documents.forEach((d, i) => {
    const at = `/documents/${i}`;
    if (d.sources.length === 0 && !d.knownFrom?.length) {
      errors.push({
        file: names.documents,
        path: `${at}/sources`,
        message: 'the summary needs a source or knownFrom',
      });
    }
    if (d.knownFrom?.length) {
      if (!d.summary.nl.includes('Bekend uit')) {
        errors.push({
          file: names.documents,
          path: `${at}/summary/nl`,
          message: 'must say "Bekend uit …"',
        });
      }
      if (!d.summary.en.includes('Known from')) {
        errors.push({
          file: names.documents,
          path: `${at}/summary/en`,
          message: 'must say "Known from …"',
        });
      }
    }
    const isMotion = d.docType === 'motie';
    if (isMotion !== (d.submitters !== undefined)) {
      const message = isMotion ? 'a motion needs its submitters' : 'only a motion has submitters';
      errors.push({ file: names.documents, path: `${at}/submitters`, message });
    }
    if (!isMotion && d.adopted !== undefined) {
      errors.push({
        file: names.documents,
        path: `${at}/adopted`,
        message: 'only a motion is adopted',
      });
    }
  });
  kb.positions.forEach((p, i) => {
    const url = p.source !== null && isUrl(p.source);
    if (url !== (p.publisher !== undefined)) {
      const message = url ? 'is required when the source is a URL' : 'belongs only to a URL source';
      errors.push({ file: names.positions, path: `/positions/${i}/publisher`, message });
    }
  });
  const motions = new Set(kb.documents.filter((d) => d.docType === 'motie').map((d) => d.id));
  kb.events.forEach((e, i) => {
    if (e.type === 'motion' && !e.documents?.some((id) => motions.has(id))) {
      const message = 'a motion event must name the motion among its documents';
      errors.push({ file: names.events, path: `/events/${i}/documents`, message });
    }
  });
  return errors;
}

export function checkQuoteLengths({ kb, names }: CheckContext): ValidationError[] {
  const files: [string, unknown][] = [
    [names.documents, { documents: kb.documents }],
    [names.terms, { terms: kb.terms }],
    [names.events, { events: kb.events }],
    [names.dossiers, { dossiers: kb.dossiers }],
  ];
  return files.flatMap(([file, json]) =>
    collectSeedQuotes(file, json)
      .filter((site) => wordCount(site.quote) > MAX_QUOTE_WORDS)
      .map((site) => ({
        file,
        path: site.path,
        message: `has ${wordCount(site.quote)} words; a quote has at most ${MAX_QUOTE_WORDS}`,
      })),
  );
}
