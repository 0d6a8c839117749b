import { useLayoutEffect, useRef } from 'preact/hooks';
import { pickedDay } from '../core/dates/calendar';
import { formatDate } from './format';
import type { Lang } from './i18n';

interface DateFieldProps {
  id: string;
  label: string;
  /** The day in use (YYYY-MM-DD). */
  value: string;
  lang: Lang;
  /** Called with each whole day the reader sets: typed, picked or stepped with the arrow keys. */
  onPick: (day: string) => void;
}

/**
 * A native date field with the day also written out in the interface language (the field itself
 * shows the browser's format). The field is uncontrolled while the reader is in it: rendering
 * its value back would reset a half-typed date, which is how "01152025" once became a date in
 * 2023. A new `value` from outside is written only when the field does not have focus.
 */
export function DateField({ id, label, value, lang, onPick }: DateFieldProps) {
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const el = field.current;
    if (!el || el.value === value) return;
    const root = el.getRootNode() as Document | ShadowRoot;
    if (root.activeElement !== el) el.value = value;
  }, [value]);
  const writtenId = `${id}-written`;
  // Typing and stepping fire `input`; a picker may fire only `change`. Acting twice on one day
  // is harmless: the caller's state does not change the second time.
  const pick = (raw: string) => {
    const day = pickedDay(raw);
    if (day) onPick(day);
  };
  return (
    <span class="date-field">
      <label for={id}>{label}</label>{' '}
      <input
        ref={field}
        id={id}
        type="date"
        min="1990-01-01"
        max="2100-12-31"
        aria-describedby={writtenId}
        data-action="pick-date"
        onInput={(e) => pick(e.currentTarget.value)}
        onChange={(e) => pick(e.currentTarget.value)}
      />{' '}
      <span id={writtenId} class="date-written">
        {formatDate(value, lang)}
      </span>
    </span>
  );
}
