import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formsMissed, hasForms, mayNeedForms, useForms } from '../../../src/core/detect/form-slot';
import { LAZY_FORMS } from '../../../src/core/detect/lazy-forms';
import { detectorSteps } from '../../../src/core/detect/steps';
import type { Detector } from '../../../src/core/detect/types';
import { testLexicon } from './test-lexicon';

// This file never calls createDetector, so the slot starts with its stand-ins, as in the
// content script before the page's text called for the real forms.

function build(): Detector {
  const steps = detectorSteps(testLexicon);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const kinds = (detect: Detector, text: string) => detect(text).map((d) => d.kind);

const LAZY_CITES = [
  'Zie Verordening (EU) 2016/679 over persoonsgegevens.',
  'De Uitvoeringsverordening (EU) nr. 1234/2011 geldt.',
  'Dit volgt uit Richtlijn 2011/93/EU van het Parlement.',
  'Zoals in (EU) nr. 223/2014 staat.',
  'Het kaderbesluit 2002/584/JBZ van de Raad.',
  'Het voorstel COM(2022) 209 van de Commissie.',
  'CELEX-nummer 32021R1232 regelt de uitzondering.',
  'De motie-Van Ginneken werd aangenomen.',
  'Het besluit staat in Stb. 2023, 512 en in de Staatscourant 2019, 56961.',
  'Zie Trb. 1967, 197 en het Tractatenblad.',
  '36 281 Wijziging van de Wet\nNr. 12 NOTA NAAR AANLEIDING VAN HET VERSLAG',
  'zijn goedgekeurd: 34722-1; 33997-95;',
  'Bijl.Hand. II 1951/52 – 2374 No. 7',
  '35 099 (R2114) Voorzieningen',
  'het voorstel (32.317, OU) van de Eerste Kamer',
  'de Miljoenennota 2023 (36200).',
  'Aanhangsel Handelingen II 2024/25, nr. 1028',
  'Aanh. Hand. II 2004/05, nr. 1234',
  'Appendix to the Proceedings II 2019/20, no. 512',
  'Bulletin of Acts and Decrees 2023, 512',
  'Government Gazette 2022, 30178',
  'het amendement-Omtzigt (36067-61) werd aangenomen',
  'Zie https://zoek.officielebekendmakingen.nl/kst-32317-977.html voor de brief.',
  'Zie kst-34843-114 en h-tk-20222023-78-23.',
  'eur-lex.europa.eu/eli/reg/2016/679/oj',
];

const RECALL = 'tests/fixtures/recall';

/** The text of every case in the recall fixtures. */
function recallTexts(): string[] {
  return readdirSync(RECALL).flatMap((file) =>
    (JSON.parse(readFileSync(join(RECALL, file), 'utf8')) as { text: string }[]).map((c) => c.text),
  );
}

describe('the form slot', () => {
  it('marks every text with something only the lazy forms find as needing them', () => {
    for (const text of LAZY_CITES) expect(mayNeedForms(text), text).toBe(true);
    expect(mayNeedForms('Kamerstuk 34 843, nr. 113 en het detectiebevel.')).toBe(false);
    // Words and numbers like theirs on ordinary pages load nothing.
    for (const text of [
      'Postbus 20350, 2500 EJ Den Haag',
      'De staatssecretaris schreef op 12 maart 2024 (2.500 mensen).',
      'Het kost 25 000 euro per jaar.',
      // Words that open like the Aanhangsel's abbreviation.
      'De zaak is aanhangig bij de rechter en wordt aangehouden.',
    ]) {
      expect(mayNeedForms(text), text).toBe(false);
    }
  });

  it('finds the same without the forms in every recall text that has none of their anchors', async () => {
    // A fresh copy of the detector's modules: its slot still holds the stand-ins.
    vi.resetModules();
    const slot = await import('../../../src/core/detect/form-slot');
    const { detectorSteps: steps } = await import('../../../src/core/detect/steps');
    const { LAZY_FORMS: real } = await import('../../../src/core/detect/lazy-forms');
    expect(slot.hasForms()).toBe(false);
    const make = steps(testLexicon);
    let step = make.next();
    while (!step.done) step = make.next();
    const detect = step.value;
    const texts = recallTexts();
    const read = (text: string) => JSON.stringify(detect(text).map((d) => [d.start, d.end, d.id]));
    const without = texts.map(read);
    slot.useForms(real);
    const differing = texts.filter((text, i) => read(text) !== without[i]);
    // The forms find something in many of them, so the check below has cases to look at.
    expect(differing.length).toBeGreaterThan(100);
    expect(differing.filter((text) => !slot.mayNeedForms(text))).toEqual([]);
  });

  it('finds nothing of those forms with its stand-ins, notes the miss, and finds them once filled', () => {
    expect(hasForms()).toBe(false);
    const detect = build();
    const other = 'Kamerstuk 34 843, nr. 113 over het detectiebevel.';
    expect(kinds(detect, other)).toEqual(['kamerstuk', 'term']);
    expect(formsMissed()).toBe(false);

    const text =
      'Zie Verordening (EU) 2016/679 en de motie-Van Ginneken over Kamerstuk 34 843, nr. 113.';
    expect(kinds(detect, text)).toEqual(['kamerstuk']);
    expect(formsMissed()).toBe(true);

    useForms(LAZY_FORMS);
    expect(hasForms()).toBe(true);
    // The same detector, not built again: the slot is read on each call.
    expect(kinds(detect, text)).toEqual(['eu-act', 'motie', 'kamerstuk']);
    expect(kinds(detect, other)).toEqual(['kamerstuk', 'term']);
  });
});
