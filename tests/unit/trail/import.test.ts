import { describe, expect, it } from 'vitest';
import { parseTrailImport, planMerge, trailToJson } from '../../../src/core/trail';
import { note, visit } from './fixtures';

const file = (over: Record<string, unknown>) =>
  JSON.stringify({
    format: 'kamerlens-research-trail',
    version: 1,
    visits: [],
    notes: [],
    ...over,
  });

describe('parseTrailImport', () => {
  it('accepts an export, with or without a byte-order mark', () => {
    const json = trailToJson([visit()], [note()], '2025-03-03T00:00:00.000Z');
    expect(parseTrailImport(json)).toEqual({ ok: true, visits: [visit()], notes: [note()] });
    expect(parseTrailImport(`\uFEFF${json}`).ok).toBe(true);
  });

  it.each([
    ['not-json', 'record,time\r\n'],
    ['wrong-format', '[]'],
    ['wrong-format', '"trail"'],
    ['wrong-format', JSON.stringify({ format: 'other', version: 1, visits: [], notes: [] })],
    ['wrong-format', file({ visits: {} })],
    ['wrong-format', file({ version: 0 })],
  ])('refuses with %s', (code, text) => {
    const result = parseTrailImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('refuses a file from a newer version, saying which', () => {
    expect(parseTrailImport(file({ version: 9 }))).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 9 },
    });
  });

  it('names the first bad record and its field, and keeps none of the file', () => {
    const text = file({ visits: [visit(), visit({ url: 'ftp://x' })], notes: [note()] });
    expect(parseTrailImport(text)).toEqual({
      ok: false,
      error: { code: 'bad-visit', index: 1, field: 'url' },
    });
    expect(parseTrailImport(file({ notes: [{ refId: 'kst-1-1', text: 3 }] }))).toEqual({
      ok: false,
      error: { code: 'bad-note', index: 0, field: 'text' },
    });
  });
});

describe('planMerge', () => {
  it('adds only visits not already there, once', () => {
    const later = visit({ time: '2025-04-01T00:00:00.000Z' });
    const plan = planMerge([visit()], [], { visits: [visit(), later, later], notes: [] });
    expect(plan.addVisits).toEqual([later]);
  });

  it('keeps the newer of two notes and never deletes one', () => {
    const kept = note({ text: 'nieuw', updated: '2025-05-01T00:00:00.000Z' });
    const older = note({ text: 'oud', updated: '2025-01-01T00:00:00.000Z' });
    const newer = note({ text: 'nieuwer', updated: '2025-06-01T00:00:00.000Z' });
    expect(planMerge([], [kept], { visits: [], notes: [older] }).putNotes).toEqual([]);
    expect(planMerge([], [kept], { visits: [], notes: [newer] }).putNotes).toEqual([newer]);
    expect(
      planMerge([], [kept], {
        visits: [],
        notes: [note({ text: '', updated: '2026-01-01T00:00:00.000Z' })],
      }).putNotes,
    ).toEqual([]);
    const other = note({ refId: 'term-chatcontrole', text: 'x' });
    expect(planMerge([], [kept], { visits: [], notes: [other] }).putNotes).toEqual([other]);
  });
});
