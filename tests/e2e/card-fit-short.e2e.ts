import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, poll, type Session } from './harness';
import {
  cardLayout,
  closeCardWithEscape,
  fits,
  positionInView,
  openCardAt,
  PLACES,
} from './helpers-card';
import { DOSSIER, openArticle } from './helpers-panel';

/** Short windows: a small laptop, and 1280×800 at 150 % zoom (853×533 CSS px). */
const WINDOWS = [
  { width: 1024, height: 600 },
  { width: 853, height: 533 },
];
/** References whose card shows the cabinet's position: a long document, a motion, a term. */
const REFERENCES = [
  { text: 'Kamerstuk 34 843, nr. 112', id: 'kst-34843-112' },
  { text: 'Kamerstuk 26 643, nr. 1011', id: 'kst-26643-1011' },
  { text: 'Chatcontrole', id: 'term-chatcontrol' },
];

describe('in a short window the card still shows the position', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  for (const size of WINDOWS) {
    it(`at ${size.width}×${size.height}: wholly in view, official link and position unscrolled`, async () => {
      const { page } = await openArticle(session, DOSSIER, size);
      for (const place of PLACES) {
        for (const ref of REFERENCES) {
          const where = `${ref.id} at ${place} of ${size.width}×${size.height}`;
          await openCardAt(page, ref.text, place, ref.id);
          // Placement settles within a frame or two of opening.
          await poll(async () => {
            const layout = await cardLayout(page);
            return (
              layout !== null && fits(layout, !ref.id.startsWith('term-')) && positionInView(layout)
            );
          }).toBe(true);
          const layout = await cardLayout(page);
          // A term has no official link; the rest must show it.
          expect(layout && fits(layout, !ref.id.startsWith('term-')), where).toBe(true);
          expect(layout && positionInView(layout), where).toBe(true);
          await closeCardWithEscape(page);
        }
      }
      await page.close();
    });
  }
});
