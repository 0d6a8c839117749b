import type { Stance } from '../../core/data/types';
import type { MessageKey } from '../i18n';

export const STANCE_LABEL: Record<Stance, MessageKey> = {
  'no-proposal': 'stanceNoProposal',
  support: 'stanceSupport',
  'support-with-conditions': 'stanceSupportWithConditions',
  undecided: 'stanceUndecided',
  abstain: 'stanceAbstain',
  oppose: 'stanceOppose',
};
