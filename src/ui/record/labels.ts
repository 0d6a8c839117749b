import type { CarriedOut, MotionOutcome } from '../../core/data/types';
import type { MessageKey } from '../i18n';

/** CONTRACT §4 outcomes in words. */
export const OUTCOME_LABEL: Record<MotionOutcome, MessageKey> = {
  adopted: 'motionAdopted',
  rejected: 'motionRejected',
  withdrawn: 'motionWithdrawn',
  pending: 'motionPending',
  unknown: 'motionOutcomeUnknown',
};

export const CARRIED_OUT_LABEL: Record<CarriedOut, MessageKey> = {
  yes: 'motionCarriedOut',
  no: 'motionNotCarriedOut',
  partly: 'motionPartlyCarriedOut',
  unknown: 'motionCarriedOutUnknown',
};
