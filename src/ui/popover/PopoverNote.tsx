import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../core/trail';
import { loadNote } from '../../platform/background-client';
import { t, type Lang } from '../i18n';
import { NoteEditor } from '../NoteEditor';

/** The user's own note on this reference, shown in full, with the editor one click away. */
export function PopoverNote({
  refId,
  refText,
  lang,
}: {
  refId: string;
  refText: string;
  lang: Lang;
}) {
  const [note, setNote] = useState<Note | null | undefined>(undefined);
  /** The note could not be read: the editor is left to fetch it and, failing, to stay locked. */
  const [unread, setUnread] = useState(false);
  useEffect(() => {
    let live = true;
    setUnread(false);
    void loadNote(refId).then((reply) => {
      if (!live) return;
      if (reply.ok) setNote(reply.value);
      else setUnread(true);
    });
    return () => {
      live = false;
    };
  }, [refId]);
  if (note === undefined && !unread) return null;
  return (
    <div class="note">
      {note && <p class="note-text">{note.text}</p>}
      <details>
        <summary>{t(lang, 'noteToggle')}</summary>
        <NoteEditor
          refId={refId}
          refText={refText}
          lang={lang}
          initial={unread ? undefined : note}
          onSaved={setNote}
        />
      </details>
    </div>
  );
}
