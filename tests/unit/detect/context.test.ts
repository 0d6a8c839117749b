import { describe, expect, it } from 'vitest';
import {
  createDetector,
  decides,
  isAboutRegulation,
  keepInContext,
} from '../../../src/core/detect';
import { knowledgeBase } from '../../../src/core/data/bundled';
import { toLexicon } from '../../../src/core/data/lexicon';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan } from '../../../src/cli/scan-command';

// Terms in context (issue 12, kind 11): words with a general meaning are kept only on a page about
// the regulation, decided over the whole page. The bundled data says which terms need context.

const detect = createDetector(toLexicon(knowledgeBase));

/** The detections `scan` prints for `text` as a .txt file. */
function runScanOnText(text: string): { id: string }[] {
  const path = join(mkdtempSync(join(tmpdir(), 'kamerlens-context-')), 'page.txt');
  writeFileSync(path, text);
  return runScan([path])
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { id: string });
}

/** The ids kept on a page made of these blocks, decided over all of them at once. */
function keptIds(...blocks: string[]): string[] {
  const all = blocks.flatMap((b) => detect(b));
  return keepInContext(all, detect.context).map((d) => d.id);
}

describe('terms in context', () => {
  const budget = 'De begroting werd besproken onder voorzitterschap van de Kamervoorzitter.';
  const general = 'Over proportionaliteit en de AIVD sprak de Kamer in een commissiedebat.';

  it('drops general-meaning terms on a page that is not about the regulation', () => {
    expect(detect(budget).map((d) => d.id)).toContain('term-voorzitterschap');
    expect(keptIds(budget)).toEqual([]);
    expect(keptIds(budget, general)).toEqual([]);
  });

  it('keeps them when a specific term is anywhere on the page, in another block', () => {
    expect(keptIds(budget, 'Het gaat om chatcontrol.')).toEqual([
      'term-voorzitterschap',
      'term-chatcontrol',
    ]);
  });

  it('keeps them when a bundled document is on the page', () => {
    expect(keptIds(general, 'Zie Kamerstuk 32 317, nr. 906.')).toEqual([
      'term-proportionaliteit',
      'term-aivd',
      'term-commissiedebat',
      'kst-32317-906',
    ]);
  });

  it('is not made about the regulation by any other paper', () => {
    expect(keptIds(budget, 'Zie Kamerstuk 36 200 VI, nr. 5.')).toEqual(['kst-36200-VI-5']);
    expect(isAboutRegulation(detect('Kamerstuk 36 200 VI, nr. 5'), detect.context)).toBe(false);
  });

  it('says which single detections settle it, so a scan can count them as it goes', () => {
    const ids = (text: string) =>
      detect(text)
        .filter((d) => decides(d, detect.context))
        .map((d) => d.id);
    expect(ids(general)).toEqual([]);
    expect(ids('Zie Kamerstuk 36 200 VI, nr. 5.')).toEqual([]);
    expect(ids('Over chatcontrol, zie Kamerstuk 32 317, nr. 906.')).toEqual([
      'term-chatcontrol',
      'kst-32317-906',
    ]);
  });

  it('keeps every document whatever the page is about', () => {
    const found = detect('Stb. 2023, 512 en Kamerstuk 36 200 VI, nr. 5');
    expect(keepInContext(found, detect.context)).toEqual(found);
  });

  it('decides over the whole file in scan', () => {
    expect(runScanOnText(`${budget}\n\n${general}`)).toEqual([]);
    expect(runScanOnText(`${budget}\n\nHet detectiebevel.`).map((d) => d.id)).toEqual([
      'term-voorzitterschap',
      'term-detectiebevel',
    ]);
  });
});

describe('motions named without number follow the page decision', () => {
  const ids = (text: string, date?: string) =>
    keepInContext(detect(text), detect.context, date).map((d) => d.id);

  it('keeps the names id on a page about another subject, and the name decides nothing', () => {
    const found = detect('De Kamer nam de motie-Van Raan over het klimaatbeleid aan.');
    expect(found.some((d) => decides(d, detect.context))).toBe(false);
    expect(isAboutRegulation(found, detect.context)).toBe(false);
    expect(ids('De Kamer nam de motie-Van Raan over het klimaatbeleid aan.')).toEqual([
      'motie-van-raan',
    ]);
  });

  it('resolves the name on a page about the regulation, from the motion first day on', () => {
    const text = 'De motie-Van Raan over chatcontrole werd aangenomen.';
    expect(ids(text)).toEqual(['kst-26643-885', 'term-chatcontrol']);
    expect(ids(text, '2022-09-01')).toEqual(['kst-26643-885', 'term-chatcontrol']);
    expect(ids(text, '2019-05-01')).toEqual(['motie-van-raan', 'term-chatcontrol']);
  });
});
