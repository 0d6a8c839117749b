/** The outcome of the user's last action in a section: a message, or an error read out at once. */
export type Status = { kind: 'ok' | 'error'; text: string } | null;

export function StatusLine({ status, scope }: { status: Status; scope: string }) {
  const error = status?.kind === 'error';
  return (
    <p role={error ? 'alert' : 'status'} class={error ? 'error' : 'note'} data-status={scope}>
      {status?.text ?? ''}
    </p>
  );
}
