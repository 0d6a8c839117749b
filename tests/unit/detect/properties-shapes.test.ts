import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Generated spellings of the kinds in forms-shapes.test.ts: letterheads in any typography, Eerste
// Kamer letters named before their bill, and a bill's number after a title of any length. Each
// reads back to its id; the same shapes without what makes them a citation stay unmarked.

const dossier = fc.integer({ min: 10000, max: 39999 });
const nr = fc.integer({ min: 1, max: 3000 });
const suffix = fc.constantFrom(
  { written: '', id: '' },
  { written: ' VII', id: '-VII' },
  { written: '-VI', id: '-VI' },
  { written: ' B', id: '-B' },
  { written: '-33', id: '-33' },
);
const TITLE_WORDS = ['Openbaar', 'vervoer', 'Wijziging', 'van', 'de', 'Wet', 'begroting', 'Raad'];
const title = fc
  .array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 12 })
  .map((words) => `Vaststelling ${words.join(' ')}`);
/** Kinds as officielebekendmakingen prints them, and in the sentence case of other layouts. */
const KINDS = [
  'BRIEF VAN DE MINISTER',
  'NOTA NAAR AANLEIDING VAN HET VERSLAG',
  'MOTIE VAN HET LID DE VRIES',
  'Brief van de staatssecretaris',
  'Memorie van toelichting',
  'Gewijzigd amendement van het lid Omtzigt',
  'Lijst van vragen en antwoorden',
  'Verslag van een schriftelijk overleg',
  'Voorstel van wet',
];
/** Words that open a line after a number in tables, lists and questions: no document kind. */
const NOT_KINDS = [
  'De uitslag',
  'Overzicht van de kosten',
  'Totaal',
  'Vraag 3',
  'brief van de minister',
];

function ids(text: string): string[] {
  return detect(text).map((d) => d.id);
}

function spaced(d: number, space: boolean): string {
  const s = String(d);
  return space ? `${s.slice(0, 2)} ${s.slice(2)}` : s;
}

const layout = fc.record({
  space: fc.boolean(),
  word: fc.constantFrom('Nr.', 'nr.', 'Nr', 'nr'),
  titleBreak: fc.constantFrom(' ', '\n'),
  gap: fc.constantFrom('\n', '\n\n'),
  kindBreak: fc.constantFrom(' ', '\n', '\n\n'),
  bold: fc.boolean(),
});

describe('shapes, generated', { timeout: 60_000 }, () => {
  it('reads a letterhead in any typography', () => {
    fc.assert(
      fc.property(
        dossier,
        suffix,
        title,
        nr,
        fc.constantFrom(...KINDS),
        layout,
        (d, s, t, n, kind, l) => {
          const head = `${spaced(d, l.space)}${s.written}`;
          const number = `${l.word} ${n}`;
          const text = `${l.bold ? `**${head}**` : head}${l.titleBreak}${t}${l.gap}${l.bold ? `**${number}**` : number}${l.kindBreak}${kind}\n\nDen Haag, 4 oktober 2024`;
          expect(ids(text)).toEqual([`kst-${d}${s.id}-${n}`]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves the same shape without a document kind unmarked', () => {
    fc.assert(
      fc.property(
        dossier,
        suffix,
        title,
        nr,
        fc.constantFrom(...NOT_KINDS),
        layout,
        (d, s, t, n, after, l) => {
          const text = `${spaced(d, l.space)}${s.written}${l.titleBreak}${t}${l.gap}${l.word} ${n}${l.kindBreak}${after}`;
          expect(ids(text)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never reaches across a paragraph to a dossier above, nor to the letterhead before', () => {
    const PARAGRAPHS = ['Voetnoten', 'Inhoudsopgave', 'Bijlage 1', 'De Kamer vergaderde lang'];
    const number = fc.oneof(
      nr.map((n) => ({ line: `Nr. ${n}`, id: String(n) })),
      fc.constantFrom('B', 'D', 'AB').map((letter) => ({ line: letter, id: letter })),
    );
    fc.assert(
      fc.property(
        dossier,
        dossier,
        title,
        fc.constantFrom(...PARAGRAPHS),
        number,
        fc.constantFrom(' ', '\n'),
        (d, e, t, paragraph, n, kindBreak) => {
          const number = `${n.line}${kindBreak}VOORLOPIG VERSLAG`;
          expect(ids(`${d} ${t}\n\n${paragraph}\n\n${number}`)).toEqual([]);
          const two = `${d} ${t}\n\n${e} ${t}\n${number}`;
          expect(ids(two)).toEqual([`kst-${e}-${n.id}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('files an Eerste Kamer letter under the bill named after it', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.constantFrom('A', 'D', 'F', 'AB', 'BC'),
        fc.constantFrom('nr.', 'nr', 'letter'),
        fc.constantFrom('toegevoegd aan', 'gevoegd bij', 'bij', 'gedrukt bij', 'van'),
        fc.constantFrom('wetsvoorstel', 'het wetsvoorstel', 'het voorstel van wet', 'dossier'),
        fc.boolean(),
        (d, letter, word, link, bill, space) => {
          const text = `Dit verslag is onder ${word} ${letter} ${link} ${bill} ${spaced(d, space)}.`;
          expect(ids(text)).toEqual([`kst-${d}-${letter}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('files a letter under a bill named by a title of any length', () => {
    const WORDS = ['de', 'Wet', 'op', 'het', 'toezicht', 'in', 'verband', 'met', 'regels', 'over'];
    fc.assert(
      fc.property(
        dossier,
        fc.constantFrom('D', 'F', 'AB'),
        fc.constantFrom('toegevoegd aan', 'gevoegd bij', 'bij'),
        fc.constantFrom('het wetsvoorstel', 'het voorstel van wet', 'wetsvoorstel'),
        fc.constantFrom('Wijziging van', 'Regels over', 'Goedkeuring van'),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 120 }),
        (d, letter, link, bill, opening, words) => {
          const text = `Het verslag is onder letter ${letter} ${link} ${bill} ${opening} ${words.join(' ')} (${d}).`;
          expect(ids(text)).toEqual([`kst-${d}-${letter}`, `dossier-${d}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the bill alone when a clause stands between the letter and it', () => {
    fc.assert(
      fc.property(
        dossier,
        fc.constantFrom('A', 'D', 'AB'),
        fc.constantFrom(
          ', zo staat in',
          '; zie',
          ' is na lang wachten nu eindelijk toegevoegd aan',
        ),
        (d, letter, between) => {
          const text = `Onder nr. ${letter}${between} wetsvoorstel ${d}.`;
          expect(ids(text)).toEqual([`dossier-${d}`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a bill’s number after a title of any length, never across a sentence', () => {
    const FILLER = [
      'in',
      'verband',
      'met',
      'de',
      'regeling',
      'van',
      'zorgverleners',
      'en',
      'het',
      'register',
    ];
    fc.assert(
      fc.property(
        dossier,
        fc.constantFrom(
          'het voorstel Wijziging van',
          'het wetsvoorstel',
          'het voorstel van wet houdende',
        ),
        fc.array(fc.constantFrom(...FILLER), { minLength: 5, maxLength: 150 }),
        fc.boolean(),
        fc.constantFrom('.', ';', ' is aangenomen.', ''),
        (d, opener, words, breaks, after) => {
          const middle = words.join(' ');
          const text = breaks
            ? `De Kamer bespreekt ${opener} regels. Het gaat om ${middle} (${d})${after}`
            : `De Kamer bespreekt ${opener} regels ${middle} (${d})${after}`;
          const found = ids(text);
          if (!breaks) expect(found).toEqual([`dossier-${d}`]);
          // Across a sentence break only the words of a law close by count (none here).
          else expect(found).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
