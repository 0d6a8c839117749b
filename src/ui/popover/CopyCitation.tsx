import { useState } from 'preact/hooks';
import { t, type Lang } from '../i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the official citation; where the page denies clipboard access, says so plainly. */
export function CopyCitation({ citation, lang }: { citation: string; lang: Lang }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    navigator.clipboard.writeText(citation).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <div class="citation">
      <code class="citation-text">{citation}</code>
      <button type="button" class="small" onClick={copy} data-action="copy-citation">
        {t(lang, 'copyCitation')}
      </button>
      <span class="copy-status" role="status">
        {state === 'copied' ? t(lang, 'copied') : state === 'failed' ? t(lang, 'copyFailed') : ''}
      </span>
    </div>
  );
}
