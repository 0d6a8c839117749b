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

/** Every visit and note in the trail, read together. */
export async function loadTrail(): Promise<TrailData> {
  const [visits, notes] = await Promise.all([trailStore.visits(), trailStore.notes()]);
  return { visits, notes };
}

/** The trail as Preact state, reloaded whenever the background records something new. */
export function useTrail(): [TrailData | null, () => Promise<void>] {
  const [data, setData] = useState<TrailData | null>(null);
  const reload = async () => {
    setData(await loadTrail());
  };
  useEffect(() => {
    void reload();
    const listener = (message: unknown) => {
      if ((message as ToPages | null)?.type === 'trail-changed') void reload();
      // No reply: messages meant for the background must be answered by it alone.
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  return [data, reload];
}
