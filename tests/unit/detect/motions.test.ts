import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

describe('motions by name', () => {
  it.each([
    ['motie-Van Raan c.s.', 'kst-26643-885'],
    ['motie-Van Raan', 'kst-26643-885'],
    ['motie Van Raan c.s.', 'kst-26643-885'],
    ['motie van het lid Van Ginneken c.s.', 'kst-26643-1011'],
    ['motie-Van Ginneken c.s.', 'kst-26643-1011'],
    ['motie-Dekker-Abdulaziz', 'kst-32317-856'],
    ['motie Dekker Abdulaziz c.s.', 'kst-32317-856'],
    ['motie van de leden Kathmann en Six Dijkstra', 'kst-32317-999'],
  ])('%s → %s', (text, id) => {
    expect(found(`Gelet op de ${text}, besluit het kabinet`)).toEqual([[text, id]]);
  });

  it('reads a name broken over two lines', () => {
    expect(found('de motie-Van \nGinneken c.s. verzoekt')).toEqual([
      ['motie-Van \nGinneken c.s.', 'kst-26643-1011'],
    ]);
  });

  it('does not guess between two motions of the same member', () => {
    expect(found('de motie-Kathmann c.s.')).toEqual([['motie-Kathmann c.s.', 'motie-kathmann']]);
  });

  it('gives an unknown member in a clear form a slug id', () => {
    expect(found('de motie-Jansen')).toEqual([['motie-Jansen', 'motie-jansen']]);
    expect(found('de motie van het lid De Vries c.s.')).toEqual([
      ['motie van het lid De Vries c.s.', 'motie-de-vries'],
    ]);
  });

  it('needs a clear form for an unknown name', () => {
    expect(detect('De motie Nederland wil')).toEqual([]);
    expect(detect('De motie verzoekt de regering')).toEqual([]);
  });

  it('gives each motion of a plural list its own detection, with citations in between', () => {
    expect(found('de moties van Raan c.s. en\nKathmann c.s., geen ruimte')).toEqual([
      ['moties van Raan c.s.', 'kst-26643-885'],
      ['Kathmann c.s.', 'motie-kathmann'],
    ]);
    expect(
      found(
        'de moties Van Ginneken c.s. (Kamerstuk 26 643, nr. 1011) en Dekker Abdulaziz c.s. (Kamerstuk 32 317, nr. 856) (Kamerstuk 34 843, nr. 112).',
      ),
    ).toEqual([
      ['moties Van Ginneken c.s.', 'kst-26643-1011'],
      ['Kamerstuk 26 643, nr. 1011', 'kst-26643-1011'],
      ['Dekker Abdulaziz c.s.', 'kst-32317-856'],
      ['Kamerstuk 32 317, nr. 856', 'kst-32317-856'],
      ['Kamerstuk 34 843, nr. 112', 'kst-34843-112'],
    ]);
  });

  it('finds a motion named after its submitting member', () => {
    expect(found('de door het lid Van Ginneken c.s. ingediende motie laat')).toEqual([
      ['het lid Van Ginneken c.s. ingediende motie', 'kst-26643-1011'],
    ]);
    expect(detect('verzocht door het lid Van Ginneken, informeer ik')).toEqual([]);
  });

  it('keeps a citation after the motion separate', () => {
    expect(found('de motie-Van Raan (Kamerstuk 26 643, nr. 885)')).toEqual([
      ['motie-Van Raan', 'kst-26643-885'],
      ['Kamerstuk 26 643, nr. 885', 'kst-26643-885'],
    ]);
  });
});
