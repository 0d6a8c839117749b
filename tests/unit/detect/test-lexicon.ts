import type { Lexicon } from '../../../src/core/detect';

/**
 * A small lexicon for the engine's unit tests, independent of the bundled data so that these
 * tests pin the grammar, not the glossary. The golden fixtures use the real data.
 */
export const testLexicon: Lexicon = {
  terms: [
    { id: 'term-chatcontrol', variants: ['chatcontrol', 'chat control'] },
    { id: 'term-detectiebevel', variants: ['detectiebevel', 'detectiebevelen', 'detection order'] },
    {
      id: 'term-e2ee',
      variants: [
        'end-to-end encryptie',
        'end-to-end versleuteling',
        'end-to-end encryption',
        'E2EE',
      ],
    },
    { id: 'term-aivd', variants: ['AIVD'] },
    { id: 'term-dsa', variants: ['DSA', 'Digital Services Act', 'Digitaledienstenverordening'] },
    { id: 'term-csam-verordening', variants: ['CSAM-verordening', 'CSA-verordening'] },
    { id: 'term-client-side-scanning', variants: ['client-side scanning'] },
    { id: 'term-algemene-orientatie', variants: ['algemene oriëntatie', 'general approach'] },
    { id: 'term-coordinerende-autoriteit', variants: ['Coördinerende Autoriteit'] },
    { id: 'term-jbz-raad', variants: ['JBZ-Raad'] },
    { id: 'term-eprivacy-richtlijn', variants: ['ePrivacy-richtlijn'] },
    { id: 'term-hashing', variants: ['hashing', 'hash matching'] },
    { id: 'term-grooming', variants: ['grooming'] },
  ],
  dossierTitles: [
    { dossier: '32317', title: 'JBZ-Raad' },
    { dossier: '26643', title: 'Informatie- en communicatietechnologie (ICT)' },
    {
      dossier: '22112',
      title: 'Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie',
    },
    { dossier: '34843', title: 'Seksuele intimidatie en geweld' },
  ],
  motions: [
    { id: 'kst-26643-885', names: ['Van Raan'] },
    { id: 'kst-26643-1011', names: ['Van Ginneken'] },
    { id: 'kst-32317-856', names: ['Dekker-Abdulaziz'] },
    { id: 'kst-32317-891', names: ['Kathmann'] },
    { id: 'kst-32317-999', names: ['Kathmann', 'Six Dijkstra'] },
  ],
};
