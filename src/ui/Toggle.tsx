interface ToggleProps {
  action: string;
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
}

/** A switch button: `aria-pressed` carries its state for assistive technology and for tests. */
export function Toggle({ action, label, on, onChange }: ToggleProps) {
  return (
    <button
      type="button"
      class="toggle"
      data-action={action}
      aria-pressed={on ? 'true' : 'false'}
      onClick={() => onChange(!on)}
    >
      <span class="toggle-track" aria-hidden="true">
        <span class="toggle-thumb" />
      </span>
      <span class="toggle-label">{label}</span>
    </button>
  );
}
