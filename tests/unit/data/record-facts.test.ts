/**
 * The record kept true (issue 14, FACTS.md "Corrections" and "Since November 2025"): each
 * correction as a test on the bundled data, and the checks that keep it so on broken data.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import { formatCitation } from '../../../src/core/data/citation';
import { dateRange, lastDayOf, vergaderjaarOfSpan } from '../../../src/core/data/dates';
import { idKind } from '../../../src/core/data/ids';
import { officialLink } from '../../../src/core/data/links';
import { documentById } from '../../../src/core/data/lookup';
import { motionOutcome } from '../../../src/core/data/motions';
import { positionAt } from '../../../src/core/data/position';
import { allSources, isFrontPage } from '../../../src/core/data/sources';
import { validateKnowledgeBase, type DataFiles } from '../../../src/core/data/validate';
import { entry, indexOf, mutableFiles } from './helpers';

describe('every fact shows where it comes from', () => {
  it('every source has an address or is a seed (a document id)', () => {
    for (const s of allSources(kb)) {
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
    expect(reported).toEqual(['2026-03-26', '2026-06-29', '2026-07', '2026-07']);
    for (const e of kb.events.filter((e) => e.status === 'reported')) {
      expect(e.text.en).toMatch(/secondary source/);
      expect(e.text.nl).toMatch(/secundaire bron/);
    }
  });

  it('states no vote figures for the rejection of 26 March 2026 and the 2026 regulation number only as reported', () => {
    const march = kb.events.find((e) => e.date === '2026-03-26');
    expect(JSON.stringify(march)).not.toMatch(/\d{3}\s*(votes|stemmen|to|tegen)/);
    // FACTS.md: "reported as Regulation (EU) 2026/1881 ... do not give the number as fact".
    const texts = [
      ...kb.events.flatMap((e) => [e.text.nl, e.text.en]),
      ...kb.documents.flatMap((d) => [d.summary.nl, d.summary.en]),
    ];
    const withNumber = texts.filter((t) => t.includes('2026/1881'));
    expect(withNumber.length).toBeGreaterThan(0);
    for (const t of withNumber)
      expect(t).toMatch(/(gemeld|reported)[^.]*2026\/1881[^.]*\((nummer niet|number not)/);
    const adopted = kb.events.find((e) => e.id === 'ev-nieuwe-tijdelijke-verordening-aangenomen');
    expect(adopted?.status).toBe('reported');
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

  it('the vote against in Coreper (2025-11-26) is cited to a report of that very day', () => {
    const p = kb.positions.find((x) => x.date === '2025-11-26');
    expect(p?.source).toContain('security.nl/posting/914776/');
    expect(p?.stated).toBe('2025-11-26');
    // The minister's confirmation of 5 December stays with the event and the motion's answer.
    expect(JSON.stringify(kb.events)).toContain('security.nl/posting/915944/');
  });

  it('no position source is dated after the day it supports (nor a month that ends after it)', () => {
    for (const p of kb.positions) {
      if (p.approximate) expect(lastDayOf(p.stated), p.date).toBe(p.date);
      else expect(p.stated, `${p.date} ${p.source}`).toBe(p.date);
    }
  });

  it('a report cited as a position source carries the same date wherever it is cited', () => {
    const sources = allSources(kb);
    for (const p of kb.positions.filter((x) => x.source.startsWith('https://'))) {
      const dates = sources.flatMap((s) => ('url' in s && s.url === p.source ? [s.date] : []));
      expect(dates.length, p.source).toBeGreaterThan(0);
      for (const d of dates) expect(d, p.source).toBe(p.stated);
    }
  });

  it('motion steps come in order: vote not before the motion, answer not before the vote', () => {
    for (const m of kb.documents.filter((d) => d.motion)) {
      const vote = m.motion?.vote?.date;
      const answer = m.motion?.response?.date;
      if (vote && answer) expect(lastDayOf(answer) >= dateRange(vote)[0], m.id).toBe(true);
      for (const s of [...(m.motion?.vote?.sources ?? []), ...(m.motion?.response?.sources ?? [])])
        if ('date' in s && s.date && vote) expect(lastDayOf(s.date) >= vote, m.id).toBe(true);
    }
  });
});

describe('the timeline', () => {
  it('starts with the first cabinet statement (the fiche): no stance invented before it', () => {
    expect(kb.positions[0]).toMatchObject({ date: '2022-06-17', source: 'kst-22112-3455' });
    // The proposal itself is an event, not a source of a cabinet stance.
    expect(kb.events.find((e) => e.date === '2022-05-11')?.documents).toContain(
      'celex-52022PC0209',
    );
    for (const p of kb.positions) expect(p.source).toBeTruthy();
  });

  it('consecutive entries with one stance are one period: since is the first of the run', () => {
    kb.positions.forEach((p, i) => {
      const previous = kb.positions[i - 1];
      const since = positionAt(kb.positions, p.date).since;
      if (previous && previous.stance === p.stance) {
        expect(since, p.date).toBe(positionAt(kb.positions, previous.date).since);
      } else expect(since, p.date).toBe(p.date);
    });
  });

  it('marks what FACTS.md infers as inferred (the fiche label, 26 643 nr. 908)', () => {
    const inferred = kb.positions.filter((p) => p.status === 'inferred').map((p) => p.source);
    expect(inferred).toEqual(['kst-22112-3455', 'kst-26643-908']);
    expect(documentById(kb, 'kst-32317-856')?.status).toBe('verified');
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

  it('dates the 2024 Kathmann motion to the day, as FACTS does', () => {
    expect(kb.events.find((e) => e.documents?.includes('kst-32317-891'))?.date).toBe('2024-10-09');
    expect(documentById(kb, 'kst-32317-891')?.motion?.vote?.date).toBe('2024-10-09');
  });
});

describe('citations carry their vergaderjaar', () => {
  it.each([
    ['kst-34843-112', 'Kamerstukken II 2023/24, 34 843, nr. 112'],
    ['kst-32317-856', 'Kamerstukken II 2023/24, 32 317, nr. 856'],
    ['kst-26643-908', 'Kamerstukken II 2022/23, 26 643, nr. 908'],
    ['kst-34843-113', 'Kamerstukken II 2024/25, 34 843, nr. 113'],
    ['kst-32317-891', 'Kamerstukken II 2024/25, 32 317, nr. 891'],
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

describe('every citation carries its vergaderjaar where its date settles it', () => {
  it('each Kamerstuk and each motion dated within one vergaderjaar has it, and only 1069 lacks one', () => {
    const without: string[] = [];
    for (const d of kb.documents.filter((x) => x.kind === 'kamerstuk' || x.kind === 'motie')) {
      if (d.vergaderjaar === undefined) without.push(d.id);
      const date = d.date ?? d.motion?.vote?.date;
      const settled = date === undefined ? undefined : vergaderjaarOfSpan(date);
      if (settled !== undefined) expect(d.vergaderjaar, d.id).toBe(settled);
    }
    // FACTS.md dates 26 643, nr. 1069 only to "2023 (2nd half)", across Prinsjesdag 2023.
    expect(without).toEqual(['kst-26643-1069']);
    expect(documentById(kb, 'motie-kathmann-2025-11-25')?.vergaderjaar).toBe('2025-2026');
  });
});

describe('only what FACTS.md states', () => {
  it.each(['kst-25443-5', 'celex-32022R2065'])('has no document %s', (id) => {
    expect(documentById(kb, id)).toBeUndefined();
    expect(JSON.stringify(kb)).not.toContain(`"${id}"`);
  });

  it('has no event of a vote called off in October 2025', () => {
    expect(kb.events.map((e) => e.id)).not.toContain('ev-deense-stemming-geschrapt');
    expect(kb.events.some((e) => e.date.startsWith('2025-10'))).toBe(false);
  });

  it('no front page passes for the item: it is marked siteOnly and labelled "(site)"', () => {
    for (const s of allSources(kb)) {
      if (!('url' in s)) continue;
      if (isFrontPage(s.url)) expect(s.siteOnly, s.url).toBe(true);
      if (s.siteOnly) expect(s.publisher, s.url).toMatch(/\(site\)$/);
    }
    // Where the item was found on the site FACTS.md names, the item is cited, not the site.
    const trilogue = kb.events.find((e) => e.date === '2025-12-09')?.sources[0];
    expect(trilogue && 'url' in trilogue && new URL(trilogue.url).pathname).toMatch(/2025\/12\/09/);
    const events = kb.events.flatMap((e) => e.sources);
    expect(events.filter((s) => 'siteOnly' in s).length).toBe(2);
  });

  it('every source has an address, a seed, or is a document id with an address', () => {
    for (const p of kb.positions) {
      if (p.source.startsWith('https://')) expect(p.source).toMatch(/^https:\/\/\S+\.\S+\/\S/);
      else expect(officialLink(p.source), p.source).toMatch(/^https:\/\//);
    }
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

  it('every motion has an outcome: adopted where a source says so, else unknown', () => {
    expect(motions.length).toBe(5);
    const outcomes = Object.fromEntries(motions.map((m) => [m.id, motionOutcome(m)]));
    expect(outcomes).toEqual({
      'kst-26643-885': 'adopted',
      'kst-26643-1011': 'adopted',
      'kst-32317-856': 'unknown',
      'kst-32317-891': 'adopted',
      'motie-kathmann-2025-11-25': 'adopted',
    });
    for (const m of motions) {
      expect(m.motion?.outcome, m.id).toBeDefined();
      if (motionOutcome(m) === 'adopted') expect(m.motion?.vote?.sources.length, m.id).toBeTruthy();
    }
  });

  it('keeps the two Kathmann motions apart', () => {
    const k891 = documentById(kb, 'kst-32317-891');
    const k2025 = documentById(kb, 'motie-kathmann-2025-11-25');
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
    expect(errors.join('\n')).toMatch(
      /stated: source dated 2025-11-25, not the day it supports \(2025-11-26\)/,
    );
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

  it('an entry without source', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'positions', 0).source = null;
    });
    expect(errors.join('\n')).toMatch(/positions\/0\/source/);
  });

  it('a position source dated after the day it supports', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'positions', indexOf(f, 'positions', '2024-11-29', 'date')).stated = '2024-12-05';
    });
    expect(errors.join('\n')).toMatch(/never dated after the stance it supports/);
  });

  it('an approximate entry placed before its source month ends', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'positions', indexOf(f, 'positions', 'kst-26643-908', 'source')).date = '2022-09-20';
    });
    expect(errors.join('\n')).toMatch(/last day of 2022-09/);
  });

  it('a report cited with another date elsewhere', () => {
    const errors = errorsAfter((f) => {
      const e = entry(f, 'events', indexOf(f, 'events', 'ev-raadsmandaat-coreper'));
      const [source] = e.sources as { date: string }[];
      if (source) source.date = '2025-11-27';
    });
    expect(errors.join('\n')).toMatch(/914776.* is dated .*where else it is cited/);
  });

  it('one report cited with two dates, or a source dated before its document', () => {
    const errors = errorsAfter((f) => {
      const e = entry(f, 'events', indexOf(f, 'events', 'ev-motie-kathmann-2025-aangenomen'));
      const [source] = e.sources as { date: string }[];
      if (source) source.date = '2025-11-26';
      const d = entry(f, 'documents', indexOf(f, 'documents', 'kst-32317-891'));
      const [, report] = d.sources as { date: string }[];
      if (report) report.date = '2024-10-01';
    });
    expect(errors.join('\n')).toMatch(/914572.* is dated 2025-11-25 in one place and 2025-11-26/);
    expect(errors.join('\n')).toMatch(/source dated 2024-10-01 is before the document/);
  });

  it('a front page not marked as the site', () => {
    const errors = errorsAfter((f) => {
      const e = entry(f, 'events', indexOf(f, 'events', 'ev-iers-voorzitterschap'));
      const [source] = e.sources as { siteOnly?: boolean }[];
      if (source) delete source.siteOnly;
    });
    expect(errors.join('\n')).toMatch(/is a front page, not the item/);
  });

  it('a Kamerstuk or motion whose date settles its vergaderjaar, cited without it', () => {
    const errors = errorsAfter((f) => {
      delete entry(f, 'documents', indexOf(f, 'documents', 'kst-32317-891')).vergaderjaar;
      delete entry(f, 'documents', indexOf(f, 'documents', 'motie-kathmann-2025-11-25'))
        .vergaderjaar;
    });
    expect(errors.join('\n')).toMatch(
      /kst-32317-891 is dated 2024-10-09, in vergaderjaar 2024-2025/,
    );
    expect(errors.join('\n')).toMatch(/motie-kathmann-2025-11-25 is dated 2025-11-25/);
  });

  it('an unnumbered motion whose id is the bare name', () => {
    const errors = errorsAfter((f) => {
      entry(f, 'documents', indexOf(f, 'documents', 'motie-kathmann-2025-11-25')).id =
        'motie-kathmann';
    });
    expect(errors.join('\n')).toMatch(/must be motie-kathmann-2025-11-25/);
  });

  it('an adopted motion without its vote, or answered before it was voted', () => {
    const errors = errorsAfter((f) => {
      const d = entry(f, 'documents', indexOf(f, 'documents', 'kst-26643-1011')) as {
        motion: { response: { date: string } };
      };
      d.motion.response.date = '2023-05-01';
      const k = entry(f, 'documents', indexOf(f, 'documents', 'kst-32317-891')) as {
        motion: { vote?: unknown };
      };
      delete k.motion.vote;
    });
    expect(errors.join('\n')).toMatch(/the answer \(2023-05-01\) is before the vote/);
    expect(errors.join('\n')).toMatch(/an adopted motion needs its vote/);
  });
});
