/**
 * The seed files the data quotes, and the document each one is (FACTS.md, "The seeds"), so that a
 * quote from a seed can be shown with the citation and link of its document.
 */
export const SEED_DOCUMENTS: Readonly<Record<string, string | null>> = {
  '000_69d28ae6cb23b2a2.txt': 'kst-32317-977',
  '001_ffe5321a9d3e4fb8.txt': 'kst-32317-972',
  '002_9927213b9c647875.txt': 'kst-34843-114',
  '003_52d3e2bb36eac096.txt': 'kst-26643-1043',
  // Not a Kamerstuk: the letter of twelve children's rights organisations of 5 December 2024.
  '004_fa7870cee85edb1e.txt': null,
};

/** The canonical id of the document a seed file is, or undefined (not a parliamentary paper). */
export function seedDocument(seed: string): string | undefined {
  return SEED_DOCUMENTS[seed] ?? undefined;
}
