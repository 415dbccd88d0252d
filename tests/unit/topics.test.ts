import { describe, expect, it } from 'vitest';
import { articleCountLabel, topicPageDescription, topicsWithArticles } from '../../src/lib/topics';

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

describe('topicPageDescription', () => {
  it('adds the article count and what each article has, when it fits', () => {
    expect(topicPageDescription('Massage and insomnia.', 3, 160)).toBe('Massage and insomnia. 3 articles on this topic, each with sources and evidence grades.');
  });
  it('drops what does not fit, keeping the count before the topic description alone', () => {
    const long = 'A topic description that is long enough that the whole sentence about sources and evidence grades would run past the limit.';
    expect(topicPageDescription(long, 1, 160)).toBe(`${long} 1 article on this topic.`);
    expect(topicPageDescription(long, 1, long.length)).toBe(long);
  });
});
