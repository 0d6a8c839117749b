import type { BackgroundReplies, Reply, ToBackground, ToPages } from '../core/messages';
import {
  isRefId,
  LIMITS,
  storageFailure,
  toVisitInput,
  trailAddress,
  type Note,
  type VisitInput,
} from '../core/trail';

/** What the message handler needs from the world; the service worker passes the real ones. */
export interface BackgroundDeps {
  trailEnabled(): Promise<boolean>;
  /** Whether the reader chose to keep addresses with query string and fragment. */
  trailFullAddress(): Promise<boolean>;
  recordVisit(entry: VisitInput, now: Date): Promise<unknown>;
  getNote(refId: string): Promise<Note | null>;
  setNote(refId: string, text: string, now: Date): Promise<Note | null>;
  setBadge(tabId: number, documentCount: number): Promise<void>;
  syncSites(): Promise<string[]>;
  notifyPages(message: ToPages): void;
  /** Must start opening before it returns: the user's gesture does not outlive an await. */
  openSidePanel(tabId: number): Promise<boolean>;
  setPanelRef(tabId: number, refId: string): Promise<void>;
  now(): Date;
}

export interface Sender {
  id?: string;
  tab?: { id?: number };
}

type AnyReply = BackgroundReplies[keyof BackgroundReplies];

const TYPES: readonly string[] = [
  'detections-changed',
  'trail-record',
  'note-get',
  'note-set',
  'sites-sync',
  'ref-shown',
  'open-side-panel',
] satisfies ToBackground['type'][];

/** Whether a message is one the background answers (checked before any asynchronous work). */
export function isForBackground(raw: unknown): raw is ToBackground {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    TYPES.includes((raw as { type?: unknown }).type as string)
  );
}

/** Longest address a report may carry (Chromium's own URL limit, 2 MB); longer is malformed. */
const MAX_REPORTED_URL = 2 * 1024 * 1024;

/**
 * The report with its address as the trail keeps it (`trailAddress`: without query string and
 * fragment unless the reader chose otherwise, cut to LIMITS.url). Anything else is left for
 * `toVisitInput` to refuse.
 */
async function withTrailAddress(raw: unknown, deps: BackgroundDeps): Promise<unknown> {
  if (typeof raw !== 'object' || raw === null) return raw;
  const url = (raw as { url?: unknown }).url;
  if (typeof url !== 'string' || url.length > MAX_REPORTED_URL) return raw;
  return { ...raw, url: trailAddress(url, await deps.trailFullAddress()) };
}

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
const fail = (error: string): Reply<never> => ({ ok: false, error });

/**
 * Answers one message from a content script or an extension page. Everything is checked: a
 * content script runs beside a page that may be hostile, so its reports are data, not commands.
 * Returns undefined for anything that is not ours, so no reply is sent.
 */
export async function handleMessage(
  raw: unknown,
  sender: Sender,
  ownId: string,
  deps: BackgroundDeps,
): Promise<AnyReply | undefined> {
  if (sender.id !== ownId || !isForBackground(raw)) return undefined;
  const message = raw;
  try {
    switch (message.type) {
      case 'detections-changed': {
        const tabId = sender.tab?.id;
        const count = message.documentCount;
        if (tabId === undefined || !Number.isInteger(count) || count < 0)
          return fail('bad-message');
        await deps.setBadge(tabId, count);
        deps.notifyPages({ type: 'tab-changed', tabId });
        return ok(null);
      }
      case 'trail-record': {
        const entry = toVisitInput(await withTrailAddress(message.entry, deps));
        if (!entry) return fail('bad-message');
        if (!(await deps.trailEnabled())) return ok({ recorded: false });
        const stored = await deps.recordVisit(entry, deps.now());
        if (stored) deps.notifyPages({ type: 'trail-changed' });
        return ok({ recorded: stored !== null });
      }
      case 'note-get':
        if (!isRefId(message.refId)) return fail('bad-message');
        return ok(await deps.getNote(message.refId));
      case 'note-set': {
        if (!isRefId(message.refId) || typeof message.text !== 'string') return fail('bad-message');
        if (message.text.length > LIMITS.note) return fail('too-long');
        const note = await deps.setNote(message.refId, message.text, deps.now());
        deps.notifyPages({ type: 'trail-changed' });
        return ok(note);
      }
      case 'sites-sync':
        return ok({ origins: await deps.syncSites() });
      case 'ref-shown': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !isRefId(message.refId)) return fail('bad-message');
        await deps.setPanelRef(tabId, message.refId);
        deps.notifyPages({ type: 'ref-shown', tabId, refId: message.refId });
        return ok(null);
      }
      case 'open-side-panel': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !isRefId(message.refId)) return fail('bad-message');
        // First, before any await: Chrome allows opening only within the click's gesture.
        const opening = deps.openSidePanel(tabId);
        await deps.setPanelRef(tabId, message.refId);
        deps.notifyPages({ type: 'ref-shown', tabId, refId: message.refId });
        return ok({ opened: await opening });
      }
      default:
        return undefined;
    }
  } catch (error) {
    // A storage failure goes back as its code (storageFailure), so the page can say what to do.
    const code = storageFailure(error);
    if (code !== 'unknown') return fail(code);
    return fail(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}
