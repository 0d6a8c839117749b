import { describe, expect, it } from 'vitest';
import { clampToNow, parseTrailImport, trailToJson } from '../../../src/core/trail';
import { note, visit } from './fixtures';

const NOW = new Date('2026-01-01T00:00:00.000Z');

describe('import dates', () => {
  it('clamps a future time to now and keeps a past one', () => {
    expect(clampToNow('9999-12-31T23:59:59.000Z', NOW)).toBe(NOW.toISOString());
    expect(clampToNow('2025-03-01T09:30:00.000Z', NOW)).toBe('2025-03-01T09:30:00.000Z');
  });

  it('a note dated 9999 is imported as of now, so a later edit can replace it', () => {
    const file = trailToJson(
      [visit({ time: '9999-01-01T00:00:00.000Z' })],
      [note({ updated: '9999-12-31T23:59:59.000Z' })],
      NOW.toISOString(),
    );
    const parsed = parseTrailImport(file, NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.notes[0]?.updated).toBe(NOW.toISOString());
    expect(parsed.visits[0]?.time).toBe(NOW.toISOString());
  });
});
