import { describe, expect, it } from 'vitest';
import { neighboursAt, relatedArticlesForEach, relatedness, type RelatableArticle } from '../../src/lib/related';

function article(id: string, topics: string[], sources: string[] = [], pubDate = '2026-01-01', title = id): RelatableArticle {
  return { id, title, pubDate, topics, sources };
}

const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

/** The related list of `self` on a site made of `self` and `others`. */
function relatedOf(self: RelatableArticle, others: readonly RelatableArticle[], count?: number): RelatableArticle[] {
  return relatedArticlesForEach([self, ...others.filter((other) => other !== self)], count)[0]!;
}

describe('relatedness: a shared topic outweighs a shared source', () => {
  const base = article('base', ['insomnia', 'anxiety'], ['moyer-2004', 'field-2005']);
  it.each([
    ['nothing shared', article('x', ['pain'], ['hou-2010']), 0],
    ['one topic', article('x', ['insomnia']), 3],
    ['two topics', article('x', ['anxiety', 'insomnia']), 6],
    ['one source', article('x', ['pain'], ['moyer-2004']), 1],
    ['one topic and two sources', article('x', ['insomnia'], ['field-2005', 'moyer-2004']), 5],
    ['duplicates in the other list count once', article('x', ['insomnia', 'insomnia'], ['moyer-2004', 'moyer-2004']), 4],
  ])('%s → %i', (_, other, expected) => {
    expect(relatedness(base, other)).toBe(expected);
  });
});

describe('related articles of one article', () => {
  const self = article('self', ['insomnia', 'anxiety'], ['s1', 's2', 's3']);

  it.each([
    {
      name: 'ranks by shared topics before shared sources',
      all: [article('sources-only', ['pain'], ['s1', 's2']), article('one-topic', ['insomnia']), article('two-topics', ['insomnia', 'anxiety'])],
      expected: ['two-topics', 'one-topic', 'sources-only'],
    },
    {
      name: 'shared sources break a tie in topics',
      all: [article('a', ['insomnia']), article('b', ['insomnia'], ['s3'])],
      expected: ['b', 'a'],
    },
    {
      name: 'an equal score goes to the newer article',
      all: [article('older', ['insomnia'], [], '2025-05-01'), article('newer', ['insomnia'], [], '2026-02-01')],
      expected: ['newer', 'older'],
    },
    {
      name: 'same score and date: title order, then id',
      all: [article('z', ['insomnia'], [], '2026-01-01', 'Beta'), article('y', ['insomnia'], [], '2026-01-01', 'Alpha'), article('x', ['insomnia'], [], '2026-01-01', 'Alpha')],
      expected: ['x', 'y', 'z'],
    },
    {
      name: 'never lists the article itself, nor an unrelated one',
      all: [self, article('unrelated', ['pain'], ['s9']), article('related', ['anxiety'])],
      expected: ['related'],
    },
    {
      name: 'at most three',
      all: ['a', 'b', 'c', 'd', 'e'].map((id) => article(id, ['insomnia'])),
      expected: ['a', 'b', 'c'],
    },
  ])('$name', ({ all, expected }) => {
    expect(ids(relatedOf(self, all))).toEqual(expected);
  });

  it('gives the same list whatever order the articles come in', () => {
    const all = [article('a', ['insomnia']), article('b', ['anxiety'], ['s1']), article('c', ['insomnia', 'anxiety']), article('d', [], ['s2'])];
    const reversed = [...all].reverse();
    expect(ids(relatedOf(self, reversed))).toEqual(ids(relatedOf(self, all)));
  });

  it('honours a different count', () => {
    expect(relatedOf(self, [article('a', ['insomnia']), article('b', ['insomnia'])], 1)).toHaveLength(1);
  });
});

describe('relatedArticlesForEach (the whole site at once, for the build)', () => {
  const topics = ['insomnia', 'anxiety', 'pain', 'self-massage'];
  const sources = ['s1', 's2', 's3', 's4', 's5'];
  // A varied site: every article a different mix of topics, sources, dates and titles.
  const site = Array.from({ length: 40 }, (_, index) =>
    article(
      `article-${index}`,
      topics.filter((_, topic) => (index >> topic) % 2 === 1),
      sources.filter((_, source) => (index * 7 + source) % 3 === 0),
      `2026-0${(index % 9) + 1}-1${index % 10}`,
      `Title ${index % 6}`,
    ),
  );

  it('gives every article its three most related others, best first, never itself or an unrelated one', () => {
    const lists = relatedArticlesForEach(site);
    site.forEach((self, index) => {
      const list = lists[index]!;
      const scores = list.map((other) => relatedness(self, other));
      expect(list).not.toContain(self);
      expect(scores.every((score) => score > 0)).toBe(true);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // Nothing left out scores higher than the last one listed.
      const lowest = scores.at(-1) ?? 1;
      const leftOut = site.filter((other) => other !== self && !list.includes(other));
      expect(leftOut.every((other) => relatedness(self, other) <= lowest), self.id).toBe(true);
      if (list.length < 3) expect(leftOut.every((other) => relatedness(self, other) === 0), self.id).toBe(true);
    });
  });

  it('keeps the count, and an empty list for an article that shares nothing', () => {
    const lists = relatedArticlesForEach([...site, article('alone', ['sleep-disorders'], ['s9'])], 2);
    expect(lists.slice(0, -1).every((list) => list.length <= 2)).toBe(true);
    expect(lists.at(-1)).toEqual([]);
  });
});

describe('neighboursAt follows publication order (the archive lists newest first)', () => {
  const list = ['newest', 'middle', 'oldest'];
  it.each([
    [0, { previous: 'middle', next: undefined }],
    [1, { previous: 'oldest', next: 'newest' }],
    [2, { previous: undefined, next: 'middle' }],
    [-1, { previous: undefined, next: undefined }],
    [3, { previous: undefined, next: undefined }],
  ])('position %i', (index, expected) => {
    expect(neighboursAt(list, index)).toEqual(expected);
  });
  it('a lone article has neither', () => {
    expect(neighboursAt(['only'], 0)).toEqual({ previous: undefined, next: undefined });
  });
});
