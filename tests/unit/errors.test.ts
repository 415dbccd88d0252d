import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, formatContentError } from '../../src/lib/errors';
import { articleSchema } from '../../src/content.config';

const valid = {
  title: 'How might massage help sleep?',
  description: 'A plain-language look at what studies of massage and sleep really found, graded by strength.',
  pubDate: '2026-11-21',
  lastReviewed: '2026-11-21',
  tags: ['insomnia'],
};

function messageFor(data: Record<string, unknown>): string {
  const result = articleSchema.safeParse(data);
  if (result.success) return '';
  return formatContentError('content/articles/example.mdx', result.error.issues, data, Object.keys(articleSchema.shape));
}

describe('article frontmatter errors name the file, the field, what was expected and what was found', () => {
  it('accepts valid frontmatter', () => {
    expect(messageFor(valid)).toBe('');
  });

  it.each([
    ['missing title', { title: undefined }, 'field "title"', 'text (this field is required)', 'nothing (the field is missing)'],
    ['title too long', { title: 'x'.repeat(71) }, 'field "title"', 'at most 70 characters', '71 characters'],
    ['missing description', { description: undefined }, 'field "description"', 'required', 'missing'],
    ['description too short', { description: 'Too short.' }, 'field "description"', 'at least 50 characters', '10 characters'],
    ['malformed date', { pubDate: '21/11/2026' }, 'field "pubDate"', 'a date written YYYY-MM-DD', '"21/11/2026"'],
    ['impossible date', { pubDate: '2026-13-45' }, 'field "pubDate"', 'there is no month 13', '"2026-13-45"'],
    ['updatedDate before pubDate', { updatedDate: '2026-01-01' }, 'field "updatedDate"', 'on or after pubDate (2026-11-21)', '"2026-01-01"'],
    ['unknown tag', { tags: ['insomnai'] }, 'field "tags[0]"', 'one of "insomnia"', 'did you mean "insomnia"?'],
    ['unknown key', { sourcse: [] }, 'field "sourcse"', 'is not a field this file can have', 'did you mean "sources"?'],
    ['wrong type', { draft: 'yes' }, 'field "draft"', 'true or false', '"yes"'],
  ])('%s', (_name, change, field, expected, found) => {
    const message = messageFor({ ...valid, ...change });
    expect(message).toContain('content/articles/example.mdx');
    expect(message).toContain(field);
    expect(message).toContain(expected);
    expect(message).toContain(found);
    expect(message).not.toContain('**');
  });
});

describe('closestMatch suggests likely typos only', () => {
  it.each([
    ['insomnai', ['insomnia', 'self-massage'], 'insomnia'],
    ['sleep-disorder', ['sleep-disorders', 'insomnia'], 'sleep-disorders'],
    ['banana', ['insomnia', 'self-massage'], undefined],
  ])('%s', (input, candidates, expected) => {
    expect(closestMatch(input, candidates)).toBe(expected);
  });
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
