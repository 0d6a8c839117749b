/**
 * Senders of parliamentary papers in English. The data gives them as the papers do, in Dutch
 * ("Minister van Justitie en Veiligheid (D. van Weel)"); an English reader gets the role in
 * English and the name as written. Official English names as the government uses them
 * (government.nl: "Ministry of Justice and Security", "Ministry of Foreign Affairs",
 * "Ministry of the Interior and Kingdom Relations"; the EU's own English names).
 */
const PHRASES: readonly [RegExp, string][] = [
  [/\bMinister van Justitie en Veiligheid\b/gi, 'Minister of Justice and Security'],
  [/\bMinister van Buitenlandse Zaken\b/gi, 'Minister of Foreign Affairs'],
  [
    /\bstaatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties\b/gi,
    'State Secretary for the Interior and Kingdom Relations',
  ],
  [
    /\bVaste commissie voor Justitie en Veiligheid\b/gi,
    'Standing Committee on Justice and Security',
  ],
  [
    /\bEuropees Parlement en Raad van de Europese Unie\b/gi,
    'European Parliament and Council of the European Union',
  ],
  [/\bEuropese Commissie\b/gi, 'European Commission'],
  [/\bmede namens de\b/gi, 'also on behalf of the'],
  [/\bantwoorden van de\b/gi, 'answers from the'],
];

/** The sender in `lang`: as given for Dutch, with known roles in English for English. */
export function senderIn(sender: string, lang: 'nl' | 'en'): string {
  if (lang === 'nl') return sender;
  return PHRASES.reduce((text, [pattern, english]) => text.replace(pattern, english), sender);
}
