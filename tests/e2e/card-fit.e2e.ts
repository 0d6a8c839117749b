import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, poll, type Session } from './harness';
import { cardLayout, closeCardWithEscape, fits, openCardAt, PLACES } from './helpers-card';
import { DOSSIER, openArticle } from './helpers-panel';

const WINDOWS = [
  { width: 1280, height: 800 },
  { width: 1366, height: 650 },
  { width: 400, height: 800 },
];
/** A long known document, an EU act, a motion by name, and a paper the data does not know. */
const REFERENCES = [
  { text: 'Kamerstuk 34 843, nr. 112', id: 'kst-34843-112' },
  { text: 'Verordening (EU) 2021/1232', id: 'celex-32021R1232' },
  { text: 'motie-Van der Werf c.s.', id: 'motie-van-der-werf' },
  { text: 'Kamerstukken II 2023/24, 36 410 VI, nr. 12', id: 'kst-36410-VI-12' },
];

describe('the card fits the window', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  for (const size of WINDOWS) {
    it(`at ${size.width}×${size.height}: wholly in view, title and official link included, wherever the reference is`, async () => {
      const { page } = await openArticle(session, DOSSIER, size);
      for (const place of PLACES) {
        for (const ref of REFERENCES) {
          const where = `${ref.id} at ${place} of ${size.width}×${size.height}`;
          await openCardAt(page, ref.text, place, ref.id);
          // Placement settles within a frame or two of opening.
          await poll(async () => {
            const layout = await cardLayout(page);
            return layout !== null && fits(layout);
          }).toBe(true);
          const layout = await cardLayout(page);
          expect(layout && fits(layout), where).toBe(true);
          await closeCardWithEscape(page);
        }
      }
      await page.close();
    });
  }
});
