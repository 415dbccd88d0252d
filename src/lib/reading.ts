/**
 * Reading aids: how long an article takes to read, and its table of contents.
 * Pure: they take the MDX body and the heading list that Astro's
 * render() returns, so they are tested with plain strings.
 */

/** Words a minute for an unhurried adult reader of health information. */
export const WORDS_PER_MINUTE = 200;

/**
 * The words a reader reads in an MDX body (the entry's `body`, which has no
 * frontmatter): no import lines, JSX tags, link targets, comments or Markdown marks.
 */
export function readableWords(mdx: string): string[] {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, '') // MDX module lines
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '') // comments
    .replace(/```[\s\S]*?```/g, ' ') // fenced code is skimmed, not read
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags (their text content stays)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: keep the words, drop the address
    .replace(/https?:\/\/\S+/g, ' '); // bare addresses
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Whole minutes to read `mdx` at `wordsPerMinute`, rounded, and never less than 1. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(readableWords(mdx).length / wordsPerMinute));
}

/** "1 minute read", "7 minute read". */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} minute read`;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
}

/** A table of contents is only worth its space with at least this many sections. */
export const MIN_TOC_SECTIONS = 3;

/**
 * Headings that are not sections of the article: the footnotes heading that
 * remark-gfm adds (hidden, id "footnote-label") and the "Key points" summary box.
 */
function isSection(heading: Heading): boolean {
  if (heading.slug === 'footnote-label' || heading.slug.startsWith('key-points')) return false;
  const text = heading.text.trim().toLowerCase();
  return text !== 'footnotes' && text !== 'key points';
}

/** The article's h2 sections, in order; empty when there are fewer than MIN_TOC_SECTIONS. */
export function tableOfContents(headings: readonly Heading[], minSections = MIN_TOC_SECTIONS): TocEntry[] {
  const sections = headings
    .filter((heading) => heading.depth === 2 && heading.slug !== '' && isSection(heading))
    .map(({ slug, text }) => ({ slug, text }));
  return sections.length >= minSections ? sections : [];
}
