import { describe, expect, it } from 'vitest';
import { cutAddress, LIMITS, trailAddress } from '../../../src/core/trail';

describe('trail address', () => {
  it('drops the query string and fragment unless the reader keeps them', () => {
    const url = 'https://nos.nl/artikel/a.html?utm_source=x&q=zoekterm#reacties';
    expect(trailAddress(url, false)).toBe('https://nos.nl/artikel/a.html');
    expect(trailAddress(url, true)).toBe(url);
  });

  it('never keeps credentials, and refuses what is not http(s)', () => {
    expect(trailAddress('https://user:pw@nos.nl/a', true)).toBe('https://nos.nl/a');
    expect(trailAddress('javascript:alert(1)', true)).toBeNull();
    expect(trailAddress('file:///etc/passwd', false)).toBeNull();
    expect(trailAddress('not a url', false)).toBeNull();
  });

  it('cuts a long address to the limit instead of dropping it', () => {
    const long = `https://nos.nl/${'a'.repeat(5000)}`;
    const kept = trailAddress(long, false);
    expect(kept?.length).toBe(LIMITS.url);
    expect(long.startsWith(kept ?? '-')).toBe(true);
    // With the query kept, the cut applies to the whole address.
    expect(trailAddress(`https://nos.nl/a?${'q'.repeat(3000)}`, true)?.length).toBe(LIMITS.url);
    expect(trailAddress(`https://nos.nl/a?${'q'.repeat(3000)}`, false)).toBe('https://nos.nl/a');
  });

  it('never cuts inside a %XX escape', () => {
    expect(cutAddress('https://a.nl/%C3%A9', 18)).toBe('https://a.nl/%C3');
    expect(cutAddress('https://a.nl/%C3%A9', 17)).toBe('https://a.nl/%C3');
    expect(cutAddress('https://a.nl/%C3%A9', 16)).toBe('https://a.nl/%C3');
    expect(cutAddress('https://a.nl/%C3%A9', 15)).toBe('https://a.nl/');
    expect(cutAddress('https://a.nl/abc', 100)).toBe('https://a.nl/abc');
  });
});
