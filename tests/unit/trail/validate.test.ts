import { describe, expect, it } from 'vitest';
import {
  cleanLine,
  cleanNote,
  LIMITS,
  toNote,
  toVisit,
  toVisitInput,
  visitInputProblem,
} from '../../../src/core/trail';
import { input, note, visit } from './fixtures';

describe('visit reports from the content script', () => {
  it('accepts a well-formed report and keeps its fields', () => {
    expect(toVisitInput(input())).toEqual(input());
    expect(toVisitInput(input({ pageDate: null }))?.pageDate).toBeNull();
  });

  it.each([
    ['url', { url: 'javascript:alert(1)' }],
    ['url', { url: 'chrome-extension://x/y' }],
    ['url', { url: 'not a url' }],
    ['pageDate', { pageDate: '5 oktober' }],
    ['refId', { refId: 'Kamerstuk 26 643' }],
    ['refId', { refId: '' }],
    ['refKind', { refKind: 'leaflet' }],
  ])('names the bad field %s', (field, over) => {
    expect(visitInputProblem({ ...input(), ...over })).toBe(field);
    expect(toVisitInput({ ...input(), ...over })).toBeNull();
  });

  it('refuses what is not an object', () => {
    for (const raw of [null, 'x', 3, [input()]]) expect(toVisitInput(raw)).toBeNull();
  });

  it('flattens and bounds a hostile title', () => {
    const stored = toVisitInput(input({ title: `a\n\tb\u0000${'x'.repeat(10_000)}` }));
    expect(stored?.title.startsWith('a b x')).toBe(true);
    expect(stored?.title.length).toBe(LIMITS.title);
  });

  it('does not cut a surrogate pair in half', () => {
    const cut = cleanLine(`${'a'.repeat(LIMITS.title - 1)}😀`, LIMITS.title);
    expect(cut).toBe('a'.repeat(LIMITS.title - 1));
  });
});

describe('stored records', () => {
  it('a visit needs an ISO time', () => {
    expect(toVisit(visit())).toEqual(visit());
    expect(toVisit(visit({ time: 'yesterday' }))).toBeNull();
    expect(toVisit(input())).toBeNull();
  });

  it('a note keeps its line breaks but loses other control characters', () => {
    expect(cleanNote('regel 1\r\nregel 2\u0007')).toBe('regel 1\nregel 2');
    expect(toNote(note())).toEqual(note());
    expect(toNote(note({ text: 'x'.repeat(LIMITS.note + 1) }))).toBeNull();
    expect(toNote(note({ refId: '../etc' }))).toBeNull();
  });
});
