import type { DocumentEntry, KnowledgeBase } from '../../core/data/types';
import { formatDate } from '../format';
import { t, type Lang } from '../i18n';
import { MotionLifecycle } from './MotionLifecycle';

export interface MotionsByNameProps {
  /** `motionsNamedAt(kb, id, date)`: the motions a name without number can mean on `date`. */
  motions: readonly DocumentEntry[];
  /** The page's date (YYYY-MM-DD) the name was read at. */
  date: string;
  kb: Pick<KnowledgeBase, 'documents'>;
  lang: Lang;
}

/**
 * A motion named without number where the name alone does not settle it: it says plainly that
 * several motions went by that name on that date (or none yet), and shows each one's lifecycle.
 */
export function MotionsByName({ motions, date, kb, lang }: MotionsByNameProps) {
  if (motions.length === 0) {
    return <p class="rec-ambiguous">{t(lang, 'motionNoneYet', formatDate(date, lang))}</p>;
  }
  return (
    <div class="rec-ambiguous" data-motion-count={motions.length}>
      <p>{t(lang, 'motionSeveral', formatDate(date, lang), String(motions.length))}</p>
      {motions.map((doc) => (
        <MotionLifecycle key={doc.id} doc={doc} kb={kb} lang={lang} withTitle />
      ))}
    </div>
  );
}
