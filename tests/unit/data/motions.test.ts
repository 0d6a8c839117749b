import { describe, expect, it } from 'vitest';
import { knowledgeBase as kb } from '../../../src/core/data/bundled';
import { documentById } from '../../../src/core/data/lookup';
import {
  cabinetResponseId,
  motionDays,
  motionOutcome,
  motionsNamedAt,
  resolveMotionAt,
} from '../../../src/core/data/motions';
import { toLexicon } from '../../../src/core/data/lexicon';
import { recordRows } from '../../../src/core/data/record';
import { formatDate } from '../../../src/ui/format';

describe('a motion named without number means the one that existed at the page date', () => {
  const K2025 = 'motie-kathmann-2025-11-25';

  it.each([
    ['2024-10-09', 'kst-32317-891'],
    ['2024-10-20', 'kst-32317-891'],
    ['2025-11-18', 'kst-32317-891'],
    ['2025-11-24', 'kst-32317-891'],
    // FACTS.md: a page dated before 2025-11-25 means nr. 891, also one dated before 2024-10-09.
    ['2024-10-08', 'kst-32317-891'],
    ['2022-01-01', 'kst-32317-891'],
    // From 25 November 2025 two motions go by the name: it stays the unresolved name.
    ['2025-11-25', 'motie-kathmann'],
    ['2026-11-30', 'motie-kathmann'],
  ])('"motie-Kathmann c.s." on %s → %s', (date, id) => {
    expect(resolveMotionAt(kb, 'motie-kathmann', date)).toBe(id);
  });

  it('lists both Kathmann motions, oldest first, once both exist', () => {
    expect(motionsNamedAt(kb, 'motie-kathmann', '2025-12-01').map((d) => d.id)).toEqual([
      'kst-32317-891',
      K2025,
    ]);
    expect(motionsNamedAt(kb, 'motie-kathmann', '2025-01-01').map((d) => d.id)).toEqual([
      'kst-32317-891',
    ]);
    expect(motionsNamedAt(kb, 'motie-kathmann', '2020-01-01').map((d) => d.id)).toEqual([
      'kst-32317-891',
    ]);
  });

  it('gives the 2025 motion an id of its own, never the unresolved name', () => {
    expect(K2025).not.toBe('motie-kathmann');
    expect(documentById(kb, K2025)?.date).toBe('2025-11-25');
    expect(documentById(kb, 'motie-kathmann')).toBeUndefined();
    // Its own id names it on any date.
    expect(resolveMotionAt(kb, K2025, '2024-01-01')).toBe(K2025);
  });

  it('leaves numbered ids and unknown names alone', () => {
    expect(resolveMotionAt(kb, 'kst-26643-1011', '2020-01-01')).toBe('kst-26643-1011');
    expect(resolveMotionAt(kb, 'motie-omtzigt', '2025-01-01')).toBe('motie-omtzigt');
    expect(resolveMotionAt(kb, 'term-chatcontrole', '2025-01-01')).toBe('term-chatcontrole');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => motionsNamedAt(kb, 'motie-kathmann', '2025-11')).toThrow(RangeError);
  });
});

describe('the days a page may name a motion by', () => {
  it('are the full dates of submission, vote and document, each once', () => {
    const m891 = documentById(kb, 'kst-32317-891');
    expect(m891 && motionDays(m891)).toEqual(['2024-10-09']);
    const m2025 = documentById(kb, 'motie-kathmann-2025-11-25');
    expect(m2025 && motionDays(m2025)).toEqual(['2025-11-25']);
  });

  it('leave out dates known only by month or year', () => {
    const m891 = documentById(kb, 'kst-32317-891');
    if (!m891?.motion) throw new Error('the data lacks 32 317, nr. 891');
    const monthOnly = {
      ...m891,
      date: '2023-10',
      adopted: '2023',
      motion: { ...m891.motion, submitted: '2023-10', vote: undefined },
    };
    expect(motionDays(monthOnly)).toEqual([]);
  });

  it('reach the detector through the lexicon, for every motion the data dates', () => {
    const lexicon = toLexicon(kb);
    const kathmann = lexicon.motions.filter((m) => m.names.includes('Kathmann'));
    expect(kathmann.map((m) => m.days)).toEqual(
      expect.arrayContaining([['2024-10-09'], ['2025-11-25']]),
    );
  });
});

describe('outcome and the cabinet answer', () => {
  it.each([
    ['kst-26643-885', 'adopted', 'kst-26643-908'],
    ['kst-26643-1011', 'adopted', 'kst-26643-1043'],
    // FACTS.md says nothing of the vote on nr. 856: its outcome is not known.
    ['kst-32317-856', 'unknown', 'kst-34843-112'],
    // Adopted on the day it was submitted, as the cabinet's letter nr. 906 says.
    ['kst-32317-891', 'adopted', 'kst-32317-906'],
  ])('%s: %s, answered in %s', (id, outcome, answer) => {
    const doc = documentById(kb, id);
    if (!doc) throw new Error(id);
    expect(motionOutcome(doc)).toBe(outcome);
    expect(cabinetResponseId(doc)).toBe(answer);
  });

  it('the motion of 25 November 2025 is answered in a public report (no document number known)', () => {
    const doc = documentById(kb, 'motie-kathmann-2025-11-25');
    if (!doc) throw new Error('motie-kathmann-2025-11-25');
    expect(motionOutcome(doc)).toBe('adopted');
    expect(cabinetResponseId(doc)).toMatch(/^https:\/\/www\.security\.nl\/posting\/915944\//);
  });

  it('is unknown for a document that is not a motion record', () => {
    const doc = documentById(kb, 'kst-32317-977');
    if (!doc) throw new Error('977');
    expect(motionOutcome(doc)).toBe('unknown');
    expect(cabinetResponseId(doc)).toBeUndefined();
  });
});

describe('the record beside the timeline', () => {
  const rows = recordRows(kb);

  it('holds every position entry and every motion, in date order', () => {
    expect(rows.filter((r) => r.kind === 'position')).toHaveLength(kb.positions.length);
    expect(
      rows.filter((r) => r.kind === 'motion').map((r) => r.kind === 'motion' && r.doc.id),
    ).toEqual([
      'kst-26643-885',
      'kst-26643-1011',
      'kst-32317-856',
      'kst-32317-891',
      'motie-kathmann-2025-11-25',
    ]);
    const starts = rows.map((r) => (r.date.length === 7 ? `${r.date}-01` : r.date));
    expect([...starts].sort()).toEqual(starts);
  });

  it('keeps a motion known only by its month as a month, never an invented first day', () => {
    const row = rows.find((r) => r.kind === 'motion' && r.doc.id === 'kst-32317-856');
    // FACTS.md: 32 317, nr. 856 is of October 2023; the day is not known.
    expect(row?.date).toBe('2023-10');
    expect(formatDate(row?.date ?? '', 'nl')).toBe('oktober 2023');
    const byDay = rows.find((r) => r.kind === 'motion' && r.doc.id === 'kst-32317-891');
    expect(byDay?.date).toBe('2024-10-09');
  });

  it('puts the motion of 25 November 2025 before the vote against it led to', () => {
    const i = rows.findIndex(
      (r) => r.kind === 'motion' && r.doc.id === 'motie-kathmann-2025-11-25',
    );
    const next = rows[i + 1];
    expect(next?.kind === 'position' && next.entry.date).toBe('2025-11-26');
  });

  it('says which entries change the stance and which restate it', () => {
    const changed = rows.flatMap((r) => (r.kind === 'position' ? [[r.date, r.changed]] : []));
    expect(changed).toContainEqual(['2024-11-29', true]);
    expect(changed).toContainEqual(['2025-09-29', false]);
    expect(changed).toContainEqual(['2025-11-26', true]);
  });
});
