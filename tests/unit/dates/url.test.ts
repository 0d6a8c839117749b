import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../src/core/dates';

describe('dateFromUrl', () => {
  it.each([
    ['https://www.nrc.nl/nieuws/2024/10/05/kabinet-chatcontrole-a4868000', '2024-10-05'],
    ['https://example.nl/2024/10/05/', '2024-10-05'],
    ['https://example.nl/2024/10/05', '2024-10-05'],
    ['https://example.nl/blog/2024-10-05-kabinet-stemt-niet', '2024-10-05'],
    ['https://example.nl/nieuws/kabinet-stemt-niet-2024-10-05', '2024-10-05'],
    ['https://example.nl/archief/20241005/kabinet', '2024-10-05'],
    ['https://example.nl/archief/20241005.html', '2024-10-05'],
    ['/2024/10/05/relative-path', '2024-10-05'],
  ])('finds the date in %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each([
    ['https://nos.nl/artikel/2540123-kabinet-onthoudt-zich-van-stem', 'an article id'],
    ['https://www.nu.nl/politiek/6330123/kabinet.html', 'a shorter id'],
    ['https://example.nl/artikel/20241005-kabinet', 'eight digits that are not a whole segment'],
    ['https://example.nl/2024/10/kabinet', 'a month without a day'],
    ['https://example.nl/2024/02/30/kabinet', 'a day that does not exist'],
    ['https://example.nl/zoeken?datum=2024-10-05', 'a date in the query'],
    ['https://example.nl/pagina#2024/10/05', 'a date in the fragment'],
    ['https://20241005.example.nl/', 'digits in the host'],
    ['', 'nothing'],
  ])('finds none in %s (%s)', (url) => {
    expect(dateFromUrl(url)).toBeUndefined();
  });

  it('passes over an impossible date to a real one later in the path', () => {
    expect(dateFromUrl('https://example.nl/2024/13/01/2024/10/05/')).toBe('2024-10-05');
  });
});
