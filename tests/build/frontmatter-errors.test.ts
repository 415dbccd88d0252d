/**
 * A wrong frontmatter field fails the build with a message that names the
 * file, the field, what was expected and what was found, in plain words.
 */
import { describe, expect, it } from 'vitest';
import { articleSource, buildFixture, removeFixture } from './fixture-site';

const cases: Array<[string, Record<string, string | undefined>, string[]]> = [
  ['missing title', { title: undefined }, ['field "title"', 'this field is required', 'nothing (the field is missing)']],
  ['title too long', { title: 'A'.repeat(75) }, ['field "title"', 'at most 70 characters', '75 characters']],
  ['missing description', { description: undefined }, ['field "description"', 'this field is required']],
  ['malformed date', { pubDate: '15/01/2026' }, ['field "pubDate"', 'a date written YYYY-MM-DD', '"15/01/2026"']],
  ['impossible date', { pubDate: '2026-13-45' }, ['field "pubDate"', 'there is no month 13', '"2026-13-45"']],
  ['updatedDate before pubDate', { updatedDate: '2025-12-31' }, ['field "updatedDate"', 'on or after pubDate (2026-01-15)', '"2025-12-31"']],
  ['unknown tag', { tags: '[sleep-disorder]' }, ['field "tags[0]"', 'one of "insomnia"', 'did you mean "sleep-disorders"?']],
  ['unknown key', { lastReviwed: '2026-01-15' }, ['field "lastReviwed"', 'is not a field this file can have', 'did you mean "lastReviewed"?']],
  ['wrong type', { draft: '"no"' }, ['field "draft"', 'expected true or false', 'found "no"']],
];

describe.concurrent('bad frontmatter fails the build with a located, plain message', () => {
  it.each(cases)('%s', (_name, frontmatter, fragments) => {
    const build = buildFixture({ 'content/articles/bad-article.mdx': articleSource(frontmatter) });
    try {
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('content/articles/bad-article.mdx');
      for (const fragment of fragments) expect(build.output).toContain(fragment);
      expect(build.output).not.toMatch(/\*\*\w+\*\*:/);
    } finally {
      removeFixture(build);
    }
  });
});

describe('a valid article builds', () => {
  it('builds and renders the page', () => {
    const build = buildFixture({ 'content/articles/good-article.mdx': articleSource({}) });
    try {
      expect(build.status, build.output).toBe(0);
    } finally {
      removeFixture(build);
    }
  });
});
