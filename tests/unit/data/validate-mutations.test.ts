/** The validator catches each kind of broken data, naming the file and the JSON path. */
import { describe, expect, it } from 'vitest';
import { validateKnowledgeBase, type DataFiles } from '../../../src/core/data/validate';
import { entry, indexOf, mutableFiles } from './helpers';

type Files = ReturnType<typeof mutableFiles>;

function errorsAfter(mutate: (files: Files) => void) {
  const files = mutableFiles();
  mutate(files);
  return validateKnowledgeBase(files as DataFiles);
}

function problem(file: string, path: string, message: string) {
  return expect.objectContaining({ file, path, message: expect.stringContaining(message) });
}

const DOCS = 'data/documents.json';
const TERMS = 'data/terms.json';
const POSITIONS = 'data/positions.json';
const EVENTS = 'data/events.json';

describe('validateKnowledgeBase on broken data', () => {
  it('finds a duplicate id', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'documents', 1).id = entry(f, 'documents', 0).id;
    });
    expect(errors).toContainEqual(problem(DOCS, '/documents/1/id', 'duplicate id "kst-32317-977"'));
  });

  it('finds ids outside the canonical grammar', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'terms', 2).id = 'term-Detectie Bevel';
      entry(f, 'documents', 3).id = 'kst-26 643-1043';
      entry(f, 'documents', indexOf(f, 'documents', 'h-tk-20222023-78-23')).id =
        'h-tk-20222024-78-23';
    });
    const handelingen = indexOf(mutableFiles(), 'documents', 'h-tk-20222023-78-23');
    expect(errors).toContainEqual(problem(TERMS, '/terms/2/id', 'not a canonical term id'));
    expect(errors).toContainEqual(problem(DOCS, '/documents/3/id', 'not a canonical kamerstuk id'));
    expect(errors).toContainEqual(
      problem(DOCS, `/documents/${handelingen}/id`, 'not a canonical handelingen id'),
    );
  });

  it('finds references that resolve to nothing', () => {
    const errors = errorsAfter((f) => {
      (entry(f, 'documents', 0).related as string[]).push('kst-12345-1');
      (entry(f, 'terms', 0).related as string[]).push('celex-32099R9999');
      entry(f, 'positions', 3).source = 'kst-26643-9999';
      entry(f, 'events', 0).documents = ['kst-1-1'];
      (entry(f, 'documents', 0).dossiers as string[]).push('99999');
    });
    expect(errors).toContainEqual(
      problem(DOCS, '/documents/0/related/6', '"kst-12345-1" does not resolve'),
    );
    expect(errors).toContainEqual(problem(TERMS, '/terms/0/related/2', 'does not resolve'));
    expect(errors).toContainEqual(problem(POSITIONS, '/positions/3/source', 'does not resolve'));
    expect(errors).toContainEqual(problem(EVENTS, '/events/0/documents/0', 'does not resolve'));
    expect(errors).toContainEqual(
      problem(DOCS, '/documents/0/dossiers/1', 'not in data/dossiers.json'),
    );
  });

  it('finds a context flag that is not a boolean, and a glossary where every term needs context', () => {
    const wrongType = errorsAfter((f) => {
      (entry(f, 'terms', 0) as Record<string, unknown>).needsContext = 'yes';
    });
    expect(wrongType).toContainEqual(problem(TERMS, '/terms/0/needsContext', 'boolean'));
    const allContext = errorsAfter((f) => {
      const terms = (f.terms as { terms: Record<string, unknown>[] }).terms;
      for (const term of terms) term.needsContext = true;
    });
    expect(allContext).toContainEqual(problem(TERMS, '/terms', 'every term has needsContext'));
  });

  it('finds a missing or empty English text', () => {
    const missing = errorsAfter((f) => {
      delete (entry(f, 'terms', 12).definition as Record<string, string>)['en'];
    });
    expect(missing).toContainEqual(problem(TERMS, '/terms/12/definition/en', 'is required'));
    const empty = errorsAfter((f) => {
      (entry(f, 'terms', 12).definition as Record<string, string>)['en'] = '  ';
    });
    expect(empty).toContainEqual(problem(TERMS, '/terms/12/definition/en', 'must be non-empty'));
  });

  it('finds HTML in any string', () => {
    const errors = errorsAfter((f) => {
      (entry(f, 'documents', 2).summary as Record<string, string>)['nl'] =
        'Een <b>vette</b> samenvatting.';
      (entry(f, 'terms', 5).variants as string[])[0] = 'client&nbsp;side';
      (entry(f, 'positions', 0).explanation as Record<string, string>)['en'] =
        'See <a href="x">this</a>.';
    });
    expect(errors).toContainEqual(
      problem(DOCS, '/documents/2/summary/nl', 'must not contain HTML'),
    );
    expect(errors).toContainEqual(problem(TERMS, '/terms/5/variants/0', 'must not contain HTML'));
    expect(errors).toContainEqual(
      problem(POSITIONS, '/positions/0/explanation/en', 'must not contain HTML'),
    );
  });

  it('finds an unordered timeline and unordered events', () => {
    const errors = errorsAfter((f) => {
      const positions = f.positions['positions'] as unknown[];
      [positions[3], positions[4]] = [positions[4], positions[3]];
      const events = f.events['events'] as unknown[];
      [events[0], events[1]] = [events[1], events[0]];
    });
    expect(errors).toContainEqual(
      problem(POSITIONS, '/positions/4/date', 'the timeline must be ordered'),
    );
    expect(errors).toContainEqual(problem(EVENTS, '/events/1/date', 'keep events in date order'));
  });

  it('finds claims without a source', () => {
    const errors = errorsAfter((f) => {
      delete entry(f, 'terms', 0).sources;
      entry(f, 'events', 2).sources = [];
    });
    expect(errors).toContainEqual(problem(TERMS, '/terms/0/sources', 'is required'));
    expect(errors).toContainEqual(
      problem(EVENTS, '/events/2/sources', 'must NOT have fewer than 1 items'),
    );

    const semantic = errorsAfter((f) => {
      entry(f, 'documents', 0).sources = [];
      delete entry(f, 'positions', 8).publisher;
    });
    expect(semantic).toContainEqual(
      problem(DOCS, '/documents/0/sources', 'needs a source or knownFrom'),
    );
    expect(semantic).toContainEqual(
      problem(POSITIONS, '/positions/8/publisher', 'required when the source is a URL'),
    );
  });

  it('finds a "known from" document whose summary pretends to know more', () => {
    const errors = errorsAfter((f) => {
      (entry(f, 'documents', 6).summary as Record<string, string>)['en'] =
        'A letter on the motion.';
    });
    expect(errors).toContainEqual(problem(DOCS, '/documents/6/summary/en', 'Known from'));
  });

  it('finds impossible and future dates and a wrong vergaderjaar', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'documents', 0).date = '2023-02-30';
      entry(f, 'events', 0).date = '2031-01';
      entry(f, 'documents', 1).vergaderjaar = '2024-2025';
    });
    expect(errors).toContainEqual(problem(DOCS, '/documents/0/date', 'not a real date'));
    expect(errors).toContainEqual(problem(EVENTS, '/events/0/date', 'after the data set'));
    expect(errors).toContainEqual(
      problem(DOCS, '/documents/1/vergaderjaar', 'contradicts the date 2025-09-29'),
    );
  });

  it('finds a quote longer than 25 words', () => {
    const errors = errorsAfter((f) => {
      const sources = entry(f, 'terms', 0).sources as { quotes: string[] }[];
      (sources[0] as { quotes: string[] }).quotes[0] = Array.from(
        { length: 26 },
        () => 'woord',
      ).join(' ');
    });
    expect(errors).toContainEqual(problem(TERMS, '/terms/0/sources/0/quotes/0', 'has 26 words'));
  });

  it('finds a spelling claimed by two terms', () => {
    const errors = errorsAfter((f) => {
      (entry(f, 'terms', 3).variants as string[]).push('Detectiebevel');
    });
    expect(errors).toContainEqual(
      problem(TERMS, '/terms/3/variants/5', 'also belongs to term-detectiebevel'),
    );
  });

  it('finds a motion without submitters', () => {
    const errors = errorsAfter((f) => {
      delete entry(f, 'documents', 5).submitters;
    });
    expect(errors).toContainEqual(
      problem(DOCS, '/documents/5/submitters', 'a motion needs its submitters'),
    );
  });

  it('reports under the file names it is given', () => {
    const files = mutableFiles();
    entry(files, 'terms', 0).id = 'term-X';
    const names = {
      meta: 'm.json',
      dossiers: 'd.json',
      documents: 'docs.json',
      terms: 'glossary.json',
      positions: 'p.json',
      events: 'e.json',
    };
    expect(validateKnowledgeBase(files as DataFiles, names)).toContainEqual(
      problem('glossary.json', '/terms/0/id', 'not a canonical term id'),
    );
  });
});
