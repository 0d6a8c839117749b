import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/detect';
import { detect, found } from './helpers';

describe('glossary terms', () => {
  it('matches inflections and compounds that start with a term', () => {
    expect(found('het detectiebevel, de detectiebevelen, het chatcontrolvoorstel')).toEqual([
      ['detectiebevel', 'term-detectiebevel'],
      ['detectiebevelen', 'term-detectiebevel'],
      ['chatcontrolvoorstel', 'term-chatcontrol'],
    ]);
  });

  it('matches Dutch and English spellings, and plurals', () => {
    expect(found('detection orders and chat control')).toEqual([
      ['detection orders', 'term-detectiebevel'],
      ['chat control', 'term-chatcontrol'],
    ]);
  });

  it('matches hyphenation variants', () => {
    const text =
      'end-to-end encryptie, end-to-endencryptie, end-to-end-encryptie, end-to-endversleuteling, end to end encryptie, E2EE';
    expect(found(text).map(([, id]) => id)).toEqual(Array(6).fill('term-e2ee'));
    expect(found('client side scanning en client-side scanning').map(([t]) => t)).toEqual([
      'client side scanning',
      'client-side scanning',
    ]);
  });

  it('is case-aware: acronyms keep their case, words do not', () => {
    expect(found('De DSA, de dsa, AIVD-advies, aivd, Chatcontrol, CSAM-Verordening')).toEqual([
      ['DSA', 'term-dsa'],
      ['AIVD', 'term-aivd'],
      ['Chatcontrol', 'term-chatcontrol'],
      ['CSAM-Verordening', 'term-csam-verordening'],
    ]);
  });

  it('is diacritic-aware', () => {
    expect(found('algemene oriëntatie, algemene orientatie, Coordinerende Autoriteit')).toEqual([
      ['algemene oriëntatie', 'term-algemene-orientatie'],
      ['algemene orientatie', 'term-algemene-orientatie'],
      ['Coordinerende Autoriteit', 'term-coordinerende-autoriteit'],
    ]);
    expect(found('ePrivacy-Richtl\u0133n')).toEqual([
      ['ePrivacy-Richtl\u0133n', 'term-eprivacy-richtlijn'],
    ]);
  });

  it('never matches inside an unrelated word', () => {
    expect(detect('supergrooming, privéchatcontrol, lidstaten, godsamme, DSAx')).toEqual([]);
  });

  it('lets the longest spelling win', () => {
    const d = createDetector({
      terms: [
        { id: 'term-detectie', variants: ['detectie'] },
        { id: 'term-verplichte-detectie', variants: ['verplichte detectie'] },
      ],
      dossierTitles: [],
      motions: [],
    });
    expect(d('de verplichte detectie en detectie').map((x) => [x.text, x.id])).toEqual([
      ['verplichte detectie', 'term-verplichte-detectie'],
      ['detectie', 'term-detectie'],
    ]);
  });

  it('prefers a citation to a term spelled the same', () => {
    const d = createDetector({
      terms: [
        { id: 'term-interim-verordening', variants: ['Verordening (EU) 2021/1232', 'Verordening'] },
      ],
      dossierTitles: [],
      motions: [],
    });
    expect(d('Verordening (EU) 2021/1232 en de Verordening').map((x) => [x.kind, x.id])).toEqual([
      ['eu-act', 'celex-32021R1232'],
      ['term', 'term-interim-verordening'],
    ]);
  });

  it('finds a term that is the start of a citation keyword', () => {
    const d = createDetector({
      terms: [{ id: 'term-kamer', variants: ['Kamer'] }],
      dossierTitles: [],
      motions: [],
    });
    expect(d('De Kamerstukken zijn er.').map((x) => [x.text, x.id])).toEqual([
      ['Kamerstukken', 'term-kamer'],
    ]);
    expect(d('Kamerstuk 26 643, nr. 1011').map((x) => x.id)).toEqual(['kst-26643-1011']);
  });

  it('works with an empty lexicon', () => {
    const d = createDetector({ terms: [], dossierTitles: [], motions: [] });
    expect(d('detectiebevel en Kamerstuk 26 643, nr. 1011').map((x) => x.id)).toEqual([
      'kst-26643-1011',
    ]);
  });
});
