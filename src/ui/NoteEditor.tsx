import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type Note } from '../core/trail';
import { loadNote, setNote } from '../platform/background-client';
import { t, type Lang } from './i18n';
import { storageFailureText } from './storage-text';

interface NoteEditorProps {
  refId: string;
  /** The reference as the user knows it, for the field's label. */
  refText: string;
  lang: Lang;
  /** The note when the caller already has it; otherwise it is fetched. */
  initial?: Note | null;
  onSaved?: (note: Note | null) => void;
}

type Status = 'idle' | 'saved' | 'removed' | 'failed' | 'unreadable';

/** A labelled text field for the user's note on one reference; saving an empty note removes it. */
export function NoteEditor({ refId, refText, lang, initial, onSaved }: NoteEditorProps) {
  const [text, setText] = useState(initial?.text ?? '');
  const [ready, setReady] = useState(initial !== undefined);
  const [status, setStatus] = useState<Status>('idle');
  /** Why the last save failed (the background's error code), said with what to do. */
  const [failure, setFailure] = useState('');
  const fieldId = `note-${refId}`;
  /** Whether the browser announced the edit now arriving (a trusted `beforeinput`). */
  const announced = useRef(false);

  useEffect(() => {
    if (initial !== undefined) {
      setText(initial?.text ?? '');
      setReady(true);
      return;
    }
    let live = true;
    void loadNote(refId).then((reply) => {
      if (!live) return;
      if (!reply.ok) {
        // The field stays locked: an empty field saved would replace the unread note.
        setFailure(reply.error);
        setStatus('unreadable');
        return;
      }
      setText(reply.value?.text ?? '');
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [refId, initial?.text]);

  const save = async (event: Event) => {
    event.preventDefault();
    const reply = await setNote(refId, text);
    if (!reply.ok) {
      // The text stays in the field: nothing the reader typed is lost.
      setFailure(reply.error);
      setStatus('failed');
      return;
    }
    setStatus(reply.value ? 'saved' : 'removed');
    onSaved?.(reply.value);
  };

  const message: Record<Status, string> = {
    idle: '',
    saved: t(lang, 'noteSaved'),
    removed: t(lang, 'noteRemoved'),
    failed: status === 'failed' ? storageFailureText(lang, 'note', failure) : '',
    unreadable: status === 'unreadable' ? storageFailureText(lang, 'note-load', failure) : '',
  };
  return (
    <form class="note-editor" data-note-for={refId} onSubmit={(e) => void save(e)}>
      <label for={fieldId}>{t(lang, 'noteLabel', refText)}</label>
      <textarea
        id={fieldId}
        rows={3}
        maxLength={LIMITS.note}
        value={text}
        disabled={!ready}
        onBeforeInput={(e) => {
          announced.current = e.isTrusted;
        }}
        onInput={(e) => {
          // The reader's typing, pasting, dropping, undoing and IME input each come after a
          // trusted beforeinput. A page's document.execCommand on the focused field (the
          // reader's focus in a card) fires input alone, in Chromium: undone, so a page can
          // neither fill nor wipe the note.
          if (!announced.current) {
            e.currentTarget.value = text;
            return;
          }
          announced.current = false;
          setText(e.currentTarget.value);
          setStatus('idle');
        }}
      />
      <div class="note-actions">
        <button type="submit" class="button" data-action="save-note" disabled={!ready}>
          {t(lang, 'noteSave')}
        </button>
        <span
          role="status"
          class={status === 'failed' || status === 'unreadable' ? 'error' : 'note'}
        >
          {message[status]}
        </span>
      </div>
    </form>
  );
}
