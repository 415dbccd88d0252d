/**
 * Words in a search that may mean the reader is in crisis. When a query
 * contains one, the search page shows the urgent-help routes above any result.
 * Matching ignores case, apostrophe style and extra spaces, and needs whole
 * words, so "pointless" or "endless" do not count.
 */
export const crisisWords: readonly string[] = [
  'hopeless',
  'suicide',
  'suicidal',
  'kill myself',
  'killing myself',
  'self-harm',
  'self harm',
  'harm myself',
  'hurt myself',
  "can't go on",
  'cannot go on',
  'end my life',
  'end it all',
  'no point',
  'want to die',
];

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\s-]+/g, ' ').trim();
}

const patterns = crisisWords.map((word) => new RegExp(`(?<![\\p{L}'])${normalise(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'])`, 'u'));

/** True when a search query contains a crisis word or phrase. */
export function mentionsCrisis(query: string): boolean {
  const text = normalise(query);
  return patterns.some((pattern) => pattern.test(text));
}
