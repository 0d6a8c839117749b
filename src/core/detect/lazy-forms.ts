import { parseAanhangsel } from './aanhangsel';
import { parseAmendment } from './amendments';
import { findNumberedRegulations, parseEuAct } from './eu-acts';
import { findBareActNumbers } from './eu-numbers';
import { endsInTitle } from './bill-titles';
import { findDocumentLists } from './document-lists';
import { findEkLetters } from './ek-letters';
import type { LazyForms } from './form-slot';
import { findLetterLetterheads, headsLetterLetterhead, numberLetterhead } from './letterhead-shape';
import { createMotionParser } from './motions';
import { oldDossier } from './old-dossiers';
import { parseOfficial } from './official';
import { parsePublication } from './publications';
import { rijkswetDossierAt } from './rijkswet-numbers';
import { findTableDossiers } from './table-rows';

/** The real forms for the slot in form-slot.ts (a chunk of its own in the content script). */
export const LAZY_FORMS: LazyForms = {
  parseEuAct,
  findNumberedRegulations,
  findBareActNumbers,
  createMotionParser,
  parsePublication,
  findTableDossiers,
  numberLetterhead,
  findLetterLetterheads,
  headsLetterLetterhead,
  findDocumentLists,
  oldDossier,
  rijkswetDossierAt,
  findEkLetters,
  endsInTitle,
  parseAanhangsel,
  parseAmendment,
  parseOfficial,
};
