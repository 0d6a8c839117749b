import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../../src/core/data';
import { senderIn } from '../../../src/core/data/senders';

describe('senderIn', () => {
  it('keeps Dutch as given and puts roles in English, names as written', () => {
    const sender = 'Minister van Justitie en Veiligheid (D. Yeşilgöz-Zegerius)';
    expect(senderIn(sender, 'nl')).toBe(sender);
    expect(senderIn(sender, 'en')).toBe('Minister of Justice and Security (D. Yeşilgöz-Zegerius)');
  });

  it('leaves no Dutch role word in any sender of the bundled data', () => {
    for (const doc of knowledgeBase.documents) {
      if (!doc.sender) continue;
      // Names in parentheses ("F. van Oosten") stay as written.
      const english = senderIn(doc.sender, 'en').replace(/\([^)]*\)/g, '');
      expect(english, doc.id).not.toMatch(/\b(van|voor|namens|Europese|Europees|Raad|Zaken)\b/);
    }
  });
});
