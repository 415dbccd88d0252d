/**
 * Turns an article title into the slug used for its file name and URL:
 * "Massage & sleep: what's known?" → "massage-and-sleep-whats-known".
 */

/** What a slug may look like: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug we make; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents: "café" → "cafe"
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '') // "what's" → "whats", not "what-s"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      // A single very long first word is cut rather than dropped.
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/** True when `text` is already a valid slug. */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}
