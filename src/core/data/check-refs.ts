/**
 * Identity checks on schema-valid data: ids in the canonical grammar, unique ids and variants, and
 * every cross-reference resolving to something in the data.
 */
import { dossierKeyOf, idKind, motionSlugId, type IdKind } from './ids';
import type { DataFileKey } from './files';
import type { KnowledgeBase } from './types';
import type { ValidationError } from './validation-error';

export interface CheckContext {
  kb: KnowledgeBase;
  names: Readonly<Record<DataFileKey, string>>;
}

const DOCUMENT_ID_KIND: Readonly<Record<string, IdKind>> = {
  kamerstuk: 'kamerstuk',
  handelingen: 'handelingen',
  aanhangsel: 'aanhangsel',
  'eu-act': 'eu-act',
  motie: 'motie',
};

export function checkIds({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (file: string, path: string, id: string, expected: IdKind) => {
    if (idKind(id) !== expected) {
      errors.push({ file, path, message: `"${id}" is not a canonical ${expected} id` });
    }
    const where = `${file} ${path}`;
    const earlier = firstSeen.get(id);
    if (earlier) errors.push({ file, path, message: `duplicate id "${id}" (first at ${earlier})` });
    else firstSeen.set(id, where);
  };
  kb.documents.forEach((d, i) => {
    claim(names.documents, `/documents/${i}/id`, d.id, DOCUMENT_ID_KIND[d.kind] ?? 'kamerstuk');
    // An unnumbered motion is found by its submitters' names, and has an id of its own: their
    // slug and its day (`motie-kathmann-2025-11-25`), never the bare name, which a page may use
    // for another motion of the same members (CONTRACT §3: names are resolved by the page date).
    const own = `${motionSlugId(d.submitters ?? [])}-${d.date ?? ''}`;
    if (d.kind === 'motie' && d.id !== own) {
      const message = `must be ${own}: the slug of its submitters and its date (YYYY-MM-DD)`;
      errors.push({ file: names.documents, path: `/documents/${i}/id`, message });
    }
  });
  kb.terms.forEach((t, i) => claim(names.terms, `/terms/${i}/id`, t.id, 'term'));
  kb.events.forEach((e, i) => claim(names.events, `/events/${i}/id`, e.id, 'event'));

  const dossiers = new Set<string>();
  kb.dossiers.forEach((d, i) => {
    if (dossiers.has(d.dossier)) {
      errors.push({
        file: names.dossiers,
        path: `/dossiers/${i}/dossier`,
        message: `duplicate dossier "${d.dossier}"`,
      });
    }
    dossiers.add(d.dossier);
  });
  return errors;
}

/**
 * A spelling may point the detector at one term only. Across terms spellings are compared
 * case-insensitively; within a term, case variants ("JBZ-Raad", "JBZ-raad") are deliberate so that
 * a case-sensitive matcher finds both, and only exact repeats are errors.
 */
export function checkVariants({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const owner = new Map<string, string>();
  kb.terms.forEach((term, i) => {
    const own = new Set<string>();
    term.variants.forEach((variant, j) => {
      const path = `/terms/${i}/variants/${j}`;
      const other = owner.get(variant.toLocaleLowerCase('nl'));
      if (own.has(variant)) {
        errors.push({ file: names.terms, path, message: `repeats variant "${variant}"` });
      } else if (other !== undefined && other !== term.id) {
        errors.push({
          file: names.terms,
          path,
          message: `variant "${variant}" also belongs to ${other}`,
        });
      }
      own.add(variant);
      owner.set(variant.toLocaleLowerCase('nl'), term.id);
    });
  });
  return errors;
}

export function checkReferences({ kb, names }: CheckContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const documentIds = new Set(kb.documents.map((d) => d.id));
  const dossiers = new Set(kb.dossiers.map((d) => d.dossier));
  const needDocument = (file: string, path: string, id: string) => {
    if (!documentIds.has(id))
      errors.push({ file, path, message: `"${id}" does not resolve to a document` });
  };

  kb.documents.forEach((d, i) => {
    const at = `/documents/${i}`;
    d.related?.forEach((id, j) => needDocument(names.documents, `${at}/related/${j}`, id));
    d.knownFrom?.forEach((k, j) => {
      if (k.document !== undefined)
        needDocument(names.documents, `${at}/knownFrom/${j}/document`, k.document);
    });
    d.dossiers.forEach((key, j) => {
      if (!dossiers.has(key)) {
        const message = `dossier "${key}" is not in ${names.dossiers}`;
        errors.push({ file: names.documents, path: `${at}/dossiers/${j}`, message });
      }
    });
    const own = dossierKeyOf(d.id);
    if (d.kind === 'kamerstuk' && own !== undefined && d.dossiers[0] !== own) {
      const message = `must start with the document's own dossier "${own}"`;
      errors.push({ file: names.documents, path: `${at}/dossiers`, message });
    }
    if (d.kind !== 'kamerstuk' && d.dossiers.length > 0) {
      errors.push({
        file: names.documents,
        path: `${at}/dossiers`,
        message: 'only Kamerstukken have dossiers',
      });
    }
  });
  kb.terms.forEach((t, i) =>
    t.related?.forEach((id, j) => needDocument(names.terms, `/terms/${i}/related/${j}`, id)),
  );
  kb.events.forEach((e, i) =>
    e.documents?.forEach((id, j) => needDocument(names.events, `/events/${i}/documents/${j}`, id)),
  );
  kb.positions.forEach((p, i) => {
    if (p.source !== null && !isUrl(p.source)) {
      needDocument(names.positions, `/positions/${i}/source`, p.source);
    }
  });
  return errors;
}

export function isUrl(s: string): boolean {
  return /^https:\/\/\S+$/.test(s);
}

/**
 * Terms that need context are marked only next to a term that does not (or a bundled document):
 * if every term needed context, no page could be about the regulation by its words alone.
 */
export function checkContextTerms({ kb, names }: CheckContext): ValidationError[] {
  if (kb.terms.length === 0 || kb.terms.some((t) => t.needsContext !== true)) return [];
  return [
    {
      file: names.terms,
      path: '/terms',
      message:
        'every term has needsContext: no term is left to show a page is about the regulation',
    },
  ];
}
