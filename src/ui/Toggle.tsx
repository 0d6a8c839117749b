interface ToggleProps {
  action: string;
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
  /** What switching does, shown under the switch and read with it. */
  hint?: string;
}

/** A switch button: `aria-pressed` carries its state for assistive technology and for tests. */
export function Toggle({ action, label, on, onChange, hint }: ToggleProps) {
  const hintId = hint ? `${action}-hint` : undefined;
  const button = (
    <button
      type="button"
      class="toggle"
      data-action={action}
      aria-pressed={on ? 'true' : 'false'}
      aria-describedby={hintId}
      onClick={() => onChange(!on)}
    >
      <span class="toggle-track" aria-hidden="true">
        <span class="toggle-thumb" />
      </span>
      <span class="toggle-label">{label}</span>
    </button>
  );
  if (!hint) return button;
  return (
    <>
      {button}
      <p id={hintId} class="note toggle-hint">
        {hint}
      </p>
    </>
  );
}
