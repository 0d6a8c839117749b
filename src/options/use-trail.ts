import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { ToPages } from '../core/messages';
import type { Note, StoredVisit } from '../core/trail';
import { TrailStore } from '../platform/trail-db';

/** The page's own handle on the trail database (same extension origin as the background). */
export const trailStore = new TrailStore();

export interface TrailData {
  visits: StoredVisit[];
  notes: Note[];
}

/** Every visit and note in the trail, read together. Rejects as TrailStore does. */
export async function loadTrail(): Promise<TrailData> {
  const [visits, notes] = await Promise.all([trailStore.visits(), trailStore.notes()]);
  return { visits, notes };
}

/**
 * The trail as the page shows it: the data last read (null before the first read went through),
 * and why the last read failed (the error thrown), or null when it went through.
 */
export interface TrailState {
  data: TrailData | null;
  failed: unknown;
}

/**
 * The trail as Preact state, reloaded whenever the background records something new and when a
 * blocked database opens after all. A failed read keeps the error (the page says why); the data
 * shown before, if any, is not cleared by it.
 */
export function useTrail(): [TrailState, () => Promise<void>] {
  const [state, setState] = useState<TrailState>({ data: null, failed: null });
  const reload = async () => {
    try {
      const data = await loadTrail();
      setState({ data, failed: null });
    } catch (failed) {
      setState((before) => ({ data: before.data, failed }));
    }
  };
  useEffect(() => {
    void reload();
    trailStore.onUnblocked = () => void reload();
    const listener = (message: unknown) => {
      if ((message as ToPages | null)?.type === 'trail-changed') void reload();
      // No reply: messages meant for the background must be answered by it alone.
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  return [state, reload];
}
