/**
 * The knowledge base API for extension code. Validation (`./validate`) is deliberately not
 * re-exported: it pulls in Ajv, which belongs in the build and the tests only.
 */
export type * from './types';
export { knowledgeBase } from './bundled';
export {
  documentById,
  dossierTitle,
  dossierTitles,
  motions,
  motionsByMember,
  termById,
} from './lookup';
export type { Motion } from './lookup';
export { positionAt } from './position';
export type { PositionAt } from './position';
export {
  cabinetAnswer,
  cabinetResponseId,
  motionOutcome,
  motionsNamedAt,
  resolveMotionAt,
} from './motions';
export type { CabinetAnswer } from './motions';
export { recordRows } from './record';
export type { MotionRow, PositionRow, RecordRow } from './record';
export { seedDocument } from './seeds';
export { eventsBetween } from './events';
export { officialLink } from './links';
export { formatCitation } from './citation';
export { toLexicon } from './lexicon';
export { idKind, ID_PATTERNS, motionSlugId } from './ids';
export type { IdKind } from './ids';
