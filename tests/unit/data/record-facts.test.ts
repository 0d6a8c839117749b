/**
 * The record kept true (issue 14, FACTS.md "Corrections" and "Since November 2025"): each
 * correction as a test on the bundled data, and the checks that keep it so on broken data.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import { formatCitation } from '../../../src/core/data/citation';
import { dateRange } from '../../../src/core/data/dates';
import { idKind } from '../../../src/core/data/ids';
import { documentById } from '../../../src/core/data/lookup';
import { motionOutcome } from '../../../src/core/data/motions';
import type { Source } from '../../../src/core/data/types';
import { validateKnowledgeBase, type DataFiles } from '../../../src/core/data/validate';
import { entry, indexOf, mutableFiles } from './helpers';

function allSources(): Source[] {
  return [
    ...kb.documents.flatMap((d) => [
      ...d.sources,
      ...(d.motion?.vote?.sources ?? []),
      ...(d.motion?.response?.sources ?? []),
      ...(d.motion?.advice?.sources ?? []),
    ]),
    ...kb.events.flatMap((e) => e.sources),
    ...kb.terms.flatMap((t) => t.sources),
    ...kb.dossiers.flatMap((d) => d.sources),
  ];
}

describe('every fact shows where it comes from', () => {
  it('every source has an address or is a seed (a document id)', () => {
    for (const s of allSources()) {
      if ('seed' in s) expect(s.quotes.length).toBeGreaterThan(0);
      else expect(s.url, JSON.stringify(s)).toMatch(/^https:\/\/\S+\.\S+/);
    }
  });

  it('no source of the kind "several news reports"', () => {
    const text = JSON.stringify(kb);
    expect(text).not.toMatch(/meerdere (secundaire )?nieuwsbronnen|several news reports/i);
  });

  it('every position source is a document id or a report address with its publisher', () => {
    for (const p of kb.positions) {
      if (p.source === null) continue;
      if (p.source.startsWith('https://')) expect(p.publisher).toBeTruthy();
      else expect(documentById(kb, p.source), p.source).toBeDefined();
    }
  });

  it('labels what only secondary sources report, in the data and in its text', () => {
    const reported = kb.events.filter((e) => e.status === 'reported').map((e) => e.date);
    expect(reported).toEqual(['2026-03-26', '2026-06-29', '2026-07']);
    for (const e of kb.events.filter((e) => e.status === 'reported')) {
      expect(e.text.en).toMatch(/secondary source/);
      expect(e.text.nl).toMatch(/secundaire bron/);
    }
  });

  it('states no vote figures for the rejection of 26 March 2026 and no number for the 2026 regulation', () => {
    const march = kb.events.find((e) => e.date === '2026-03-26');
    expect(JSON.stringify(march)).not.toMatch(/\d{3}\s*(votes|stemmen|to|tegen)/);
    expect(JSON.stringify(kb)).not.toContain('2026/1881');
  });
});

describe('no source dated before what it reports', () => {
  it('position sources are stated on or after the change they report', () => {
    for (const p of kb.positions) {
      if (p.stated === null) continue;
      expect(dateRange(p.stated)[1] >= p.date, `${p.date} ${p.source}`).toBe(true);
    }
  });

  it('event sources are dated on or after the event', () => {
    for (const e of kb.events) {
      for (const s of e.sources) {
        if (!('date' in s) || s.date === undefined) continue;
        expect(dateRange(s.date)[1] >= dateRange(e.date)[0], `${e.id} ${s.url}`).toBe(true);
      }
    }
  });

  it('the vote against in Coreper (2025-11-26) is cited to security.nl item 915944', () => {
    const p = kb.positions.find((x) => x.date === '2025-11-26');
    expect(p?.source).toContain('security.nl/posting/915944/');
    expect(p?.stated).toBe('2025-12-05');
  });
});

describe('the timeline', () => {
  it('has no-proposal before the proposal and "no cabinet position yet" until the fiche', () => {
    const first = kb.positions[0];
    expect(first).toMatchObject({ date: '2022-05-11', stance: 'undecided', source: null });
    expect(first?.event).toBe('ev-commissievoorstel');
    expect(kb.positions[1]).toMatchObject({ date: '2022-06-17', source: 'kst-22112-3455' });
  });

  it('dates 26 643, nr. 908 on or after 20 September 2022 (vergaderjaar 2022-2023)', () => {
    const p = kb.positions.find((x) => x.source === 'kst-26643-908');
    expect((p?.date ?? '') >= '2022-09-20').toBe(true);
    expect(documentById(kb, 'kst-26643-908')?.vergaderjaar).toBe('2022-2023');
  });

  it('ends with the last sourced entry: oppose since the Coreper vote, nothing invented for 2026', () => {
    const last = kb.positions.at(-1);
    expect(last).toMatchObject({ date: '2025-11-26', stance: 'oppose' });
  });
});

describe('citations carry their vergaderjaar', () => {
  it.each([
    ['kst-34843-112', 'Kamerstukken II 2023/24, 34 843, nr. 112'],
    ['kst-32317-856', 'Kamerstukken II 2023/24, 32 317, nr. 856'],
    ['kst-26643-908', 'Kamerstukken II 2022/23, 26 643, nr. 908'],
    ['kst-34843-113', 'Kamerstukken II 2024/25, 34 843, nr. 113'],
  ])('%s → %s', (id, citation) => {
    expect(formatCitation(id, documentById(kb, id))).toBe(citation);
  });

  it('every position source, motion and cabinet answer that is a Kamerstuk has one', () => {
    const ids = [
      ...kb.positions.map((p) => p.source),
      ...kb.documents.filter((d) => d.docType === 'motie').map((d) => d.id),
      ...kb.documents.map((d) => d.motion?.response?.document),
    ].filter((id): id is string => typeof id === 'string' && idKind(id) === 'kamerstuk');
    expect(ids.length).toBeGreaterThan(8);
    for (const id of ids)
      expect(formatCitation(id, documentById(kb, id)), id).toMatch(
        /^Kamerstukken II \d{4}\/\d{2}, /,
      );
  });
});

describe('texts the audit corrected', () => {
  it('34 843, nr. 112 says the Hungarian text contains elements that go towards the objections', () => {
    const doc = documentById(kb, 'kst-34843-112');
    expect(doc?.summary.en).toContain('contains elements that go towards');
    expect(doc?.summary.en).not.toMatch(/meets the Dutch objections/);
  });

  it('32 317, nr. 972 speaks of a partial general approach', () => {
    const doc = documentById(kb, 'kst-32317-972');
    expect(doc?.summary.nl).toContain('gedeeltelijke algemene oriëntatie');
    expect(doc?.summary.en).toContain('partial general approach');
  });
});

describe('motions', () => {
  const motions = kb.documents.filter((d) => d.docType === 'motie');

  it('every motion has an outcome', () => {
    expect(motions.length).toBe(5);
    for (const m of motions) expect(motionOutcome(m), m.id).not.toBe('unknown');
  });

  it('keeps the two Kathmann motions apart', () => {
    const k891 = documentById(kb, 'kst-32317-891');
    const k2025 = documentById(kb, 'motie-kathmann');
    expect(k891?.motion?.response?.document).toBe('kst-32317-906');
    expect(k2025?.motion?.vote?.date).toBe('2025-11-25');
    expect(JSON.stringify(k891)).not.toContain('2025-11-25');
  });

  it('gives vote figures only where a source gives them (none does)', () => {
    for (const m of motions) expect(m.motion?.vote?.votesFor).toBeUndefined();
  });
});

describe('the checks reject broken data', () => {
  const errorsAfter = (mutate: (f: ReturnType<typeof mutableFiles>) => void) => {
    const files = mutableFiles();
    mutate(files);
    return validateKnowledgeBase(files as DataFiles).map(
      (e) => `${e.file} ${e.path}: ${e.message}`,
    );
  };

  it('a position source dated before the change it reports', () => {
    const errors = errorsAfter((f) => {
      const i = indexOf(f, 'positions', '2025-11-26', 'date');
      entry(f, 'positions', i).stated = '2025-11-25';
    });
    expect(errors.join('\n')).toMatch(/stated: source dated 2025-11-25 is before the change/);
  });

  it('a stated date that is not its document date', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'positions', indexOf(f, 'positions', '2024-10-01', 'date')).stated = '2024-10-02';
    });
    expect(errors.join('\n')).toMatch(/must be the date of kst-34843-113/);
  });

  it('an event source dated before the event', () => {
    const errors = errorsAfter((f) => {
      const e = entry(f, 'events', indexOf(f, 'events', 'ev-vijfde-triloog'));
      const [source] = e.sources as { date: string }[];
      if (source) source.date = '2026-06';
      e.date = '2026-07-01';
    });
    expect(errors.join('\n')).toMatch(/before the event it reports/);
  });

  it('a source without address', () => {
    const errors = errorsAfter((f) => {
      const e = entry(f, 'events', indexOf(f, 'events', 'ev-vijfde-triloog'));
      const [source] = e.sources as { url?: string }[];
      if (source) delete source.url;
    });
    expect(errors.join('\n')).toMatch(/url/);
  });

  it('a reported event that does not say so', () => {
    const errors = errorsAfter((f) => {
      const e = entry(f, 'events', indexOf(f, 'events', 'ev-vijfde-triloog'));
      e.text = {
        nl: 'De vijfde triloog eindigt zonder akkoord.',
        en: 'The fifth trilogue ends without agreement.',
      };
    });
    expect(errors.join('\n')).toMatch(/reported event says/);
  });

  it('a motion without outcome, or a Kamerstuk position source without vergaderjaar', () => {
    const errors = errorsAfter((f) => {
      delete entry(f, 'documents', indexOf(f, 'documents', 'kst-26643-1011')).motion;
      delete entry(f, 'documents', indexOf(f, 'documents', 'kst-34843-113')).vergaderjaar;
    });
    expect(errors.join('\n')).toMatch(/a motion needs its record/);
    expect(errors.join('\n')).toMatch(
      /kst-34843-113 is cited as a position source and needs its vergaderjaar/,
    );
  });

  it('an entry without source that names no event', () => {
    const errors = errorsAfter((f) => {
      delete entry(f, 'positions', 0).event;
    });
    expect(errors.join('\n')).toMatch(/must name the event/);
  });
});
