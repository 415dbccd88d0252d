import { describe, expect, it } from 'vitest';
import { articleCountLabel, topicsWithArticles } from '../../src/lib/topics';

const topics = {
  insomnia: { label: 'Insomnia', description: 'Sleep trouble.' },
  pain: { label: 'Pain', description: 'Aches.' },
  empty: { label: 'Empty', description: 'Nothing yet.' },
};
const articles = [
  { id: 'b', topics: ['pain', 'insomnia'] },
  { id: 'a', topics: ['insomnia'] },
];

describe('topicsWithArticles', () => {
  const result = topicsWithArticles(articles, topics);

  it('lists topics in the order the site config gives, leaving out topics with no article', () => {
    expect(result.map((topic) => topic.slug)).toEqual(['insomnia', 'pain']);
  });

  it('keeps each topic’s articles in the order given', () => {
    expect(result.map((topic) => topic.articles.map((a) => a.id))).toEqual([['b', 'a'], ['b']]);
  });

  it('carries the label and description', () => {
    expect(result[0]).toMatchObject({ label: 'Insomnia', description: 'Sleep trouble.' });
  });
});

describe('articleCountLabel', () => {
  it.each([
    [0, '0 articles'],
    [1, '1 article'],
    [5, '5 articles'],
  ])('%i → %s', (count, label) => {
    expect(articleCountLabel(count)).toBe(label);
  });
});
