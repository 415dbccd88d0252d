/**
 * Plain-language check: turns an article's MDX body into prose and scores it
 * with the Flesch-Kincaid grade level (the `flesch-kincaid` and `syllable`
 * packages, both maintained by the unified collective).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The highest US school grade an article may score. */
export const MAX_READING_GRADE = 10;

/**
 * Strips everything that is not running prose: frontmatter, imports, code,
 * tables, JSX tags, link targets and footnote markers. Headings and list items
 * become sentences of their own, so a heading does not run into the next line.
 */
export function proseFromMdx(mdx: string): string {
  const withoutFrontmatter = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const lines: string[] = [];
  let inCode = false;
  for (const rawLine of withoutFrontmatter.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode || line.startsWith('|') || /^(import|export)\s/.test(line)) continue;
    let text = line
      .replace(/<[^>]*>/g, '')
      .replace(/\[\^[^\]]+\]:?/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^#{1,6}\s+/, '')
      .replace(/^([-*+]|\d+\.)\s+(\[[ x]\]\s+)?/, '')
      .replace(/[*_`~]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) {
      lines.push('');
      continue;
    }
    const isBlockStart = /^(#{1,6}\s|[-*+]\s|\d+\.\s)/.test(line);
    if (isBlockStart && !/[.!?:]$/.test(text)) text += '.';
    lines.push(text);
  }
  return lines.join('\n').replace(/\n{2,}/g, '\n\n').trim();
}

export interface ReadingGrade {
  grade: number;
  sentences: number;
  words: number;
}

/** Flesch-Kincaid grade of plain prose, rounded to one decimal. */
export function readingGrade(prose: string): ReadingGrade {
  const words = prose.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const sentences = prose
    .split(/[.!?]+(?=\s|$)|\n\n/)
    .filter((sentence) => /[A-Za-z0-9]/.test(sentence)).length;
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences, words: words.length };
}
