import { describe, expect, it } from 'vitest';
import { knowledgeBase, toLexicon } from '../../../src/core/data';
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

// A fresh reader's report (issue 12): "de interim-verordening (EU) 2021/1232" gave the term alone.
describe('a term that ends in an act word, before the act’s number', () => {
  const bundled = createDetector(toLexicon(knowledgeBase));
  const inData = (text: string) => bundled(text).map((d) => [d.text, d.kind, d.id]);

  it.each([
    ['de interim-verordening (EU) 2021/1232 liep af', 'interim-verordening (EU) 2021/1232'],
    ['the Interim Regulation (EU) 2021/1232 lapsed', 'Interim Regulation (EU) 2021/1232'],
    ['de interimverordening (EU) 2021/1232', 'interimverordening (EU) 2021/1232'],
    ['the interim regulation (EU) 2021/1232', 'interim regulation (EU) 2021/1232'],
  ])('%s: one mark, the act’s id, from the term’s start', (text, mark) => {
    expect(inData(text)).toEqual([[mark, 'eu-act', 'celex-32021R1232']]);
  });

  it('reads every act of the kind and every act word of the glossary', () => {
    expect(inData('de ePrivacy-richtlijn 2002/58/EG')).toEqual([
      ['ePrivacy-richtlijn 2002/58/EG', 'eu-act', 'celex-32002L0058'],
    ]);
    expect(inData('the ePrivacy Directive 2002/58/EC')).toEqual([
      ['ePrivacy Directive 2002/58/EC', 'eu-act', 'celex-32002L0058'],
    ]);
    expect(inData('de Digitaledienstenverordening (EU) 2022/2065')).toEqual([
      ['Digitaledienstenverordening (EU) 2022/2065', 'eu-act', 'celex-32022R2065'],
    ]);
    expect(inData('de interim-verordeningen (EU) 2021/1232 en (EU) 2024/1307')).toEqual([
      ['interim-verordeningen (EU) 2021/1232', 'eu-act', 'celex-32021R1232'],
      ['(EU) 2024/1307', 'eu-act', 'celex-32024R1307'],
    ]);
  });

  it('keeps the term where no act number follows its act word', () => {
    for (const text of [
      'de interim-verordening van 3 april 2026',
      'de interim-verordening (2021) liep af',
      'de interim-verordening, 12 leden stemden',
      'the Interim Regulation 2021 text',
      'de CSAM-verordening 2022/0155 (COD)',
    ]) {
      expect(
        bundled(text).map((d) => d.kind),
        text,
      ).toEqual(['term']);
    }
    // An act cited after the term, with its own word: two marks, as before.
    expect(inData('de interim-verordening, Verordening (EU) 2021/1232')).toEqual([
      ['interim-verordening', 'term', 'term-interim-verordening'],
      ['Verordening (EU) 2021/1232', 'eu-act', 'celex-32021R1232'],
    ]);
  });

  it('reads the act after any term that ends in an act word', () => {
    const d = createDetector({
      terms: [{ id: 'term-x', variants: ['voorlopige richtlijn', 'Omnibusverordening'] }],
      dossierTitles: [],
      motions: [],
    });
    expect(
      d('de voorlopige richtlijn 2019/1937 en de Omnibusverordening (EU) 2024/1689').map((x) => [
        x.text,
        x.id,
      ]),
    ).toEqual([
      ['voorlopige richtlijn 2019/1937', 'celex-32019L1937'],
      ['Omnibusverordening (EU) 2024/1689', 'celex-32024R1689'],
    ]);
    expect(d('de voorlopige richtlijn en de Omnibusverordening').map((x) => x.kind)).toEqual([
      'term',
      'term',
    ]);
  });
});
