import { describe, expect, it } from 'vitest';
import { POPOVER_TAG_PREFIX, unpredictableTag } from '../../../src/content/host-tag';

// The HTML standard's "valid custom element name", restricted to the characters we produce.
const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

describe('popover host tag', () => {
  it('starts with kamerlens- (CONTRACT.md §4) and is a valid custom-element name', () => {
    const tag = unpredictableTag();
    expect(tag.startsWith('kamerlens-')).toBe(true);
    expect(tag.startsWith(POPOVER_TAG_PREFIX)).toBe(true);
    expect(tag).toMatch(CUSTOM_ELEMENT_NAME);
    expect(tag.length).toBe(POPOVER_TAG_PREFIX.length + 10);
  });

  it('is drawn from the random bytes, so no page can guess it', () => {
    expect(unpredictableTag((b) => b.fill(0))).toBe(`${POPOVER_TAG_PREFIX}0000000000`);
    expect(unpredictableTag((b) => b.fill(35))).toBe(`${POPOVER_TAG_PREFIX}zzzzzzzzzz`);
    const tags = new Set(Array.from({ length: 200 }, () => unpredictableTag()));
    expect(tags.size).toBe(200);
  });
});
