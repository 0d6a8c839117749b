import type { Status } from '../../core/data/types';
import { t, type Lang } from '../i18n';

/**
 * "inferred" or "reported" beside a fact that is not verified; nothing for a verified one. A real
 * space precedes the badge so that innerText, which screen readers and copy-paste use, does not
 * run the label into the word before it ("voorwaardenafgeleid").
 */
export function StatusBadge({ status, lang }: { status: Status; lang: Lang }) {
  if (status === 'verified') return null;
  return (
    <>
      {' '}
      <span class="badge" data-status={status}>
        {t(lang, status === 'inferred' ? 'statusInferred' : 'statusReported')}
      </span>
    </>
  );
}
