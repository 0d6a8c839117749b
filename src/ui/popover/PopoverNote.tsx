import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../core/trail';
import { getNote } from '../../platform/background-client';
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
  useEffect(() => {
    let live = true;
    void getNote(refId).then((n) => live && setNote(n));
    return () => {
      live = false;
    };
  }, [refId]);
  if (note === undefined) return null;
  return (
    <div class="note">
      {note && <p class="note-text">{note.text}</p>}
      <details>
        <summary>{t(lang, 'noteToggle')}</summary>
        <NoteEditor refId={refId} refText={refText} lang={lang} initial={note} onSaved={setNote} />
      </details>
    </div>
  );
}
