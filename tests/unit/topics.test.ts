import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHere, topicReadingOrder } from '../../src/site.config';
import { articleCountLabel, inReadingOrder, topicPageDescription, topicsWithArticles } from '../../src/lib/topics';

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

describe('reading order: the overview first', () => {
  it('puts the ids the order lists first, in that order, and keeps the rest newest first after them', () => {
    const newestFirst = [{ id: 'new' }, { id: 'plan' }, { id: 'mid' }, { id: 'old' }];
    expect(inReadingOrder(newestFirst, ['plan', 'old', 'gone']).map((a) => a.id)).toEqual(['plan', 'old', 'new', 'mid']);
  });

  it('orders each topic by the site config', () => {
    const result = topicsWithArticles(articles, topics, { insomnia: ['a', 'b'] });
    expect(result[0]!.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  const folder = join(import.meta.dirname, '../../content/articles');
  const tagsOf = new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => [name.replace(/\.mdx$/, ''), /^tags: \[([^\]]*)\]/m.exec(readFileSync(join(folder, name), 'utf8'))?.[1]?.split(/,\s*/) ?? []]),
  );

  it('names only articles that exist and carry the topic (a renamed article would drop out silently)', () => {
    for (const [topic, ids] of Object.entries(topicReadingOrder)) {
      for (const id of ids ?? []) expect(tagsOf.get(id), `${id} in the ${topic} order`).toContain(topic);
    }
    for (const id of startHere) expect(tagsOf.has(id), `${id} in startHere`).toBe(true);
  });

  it('the sleep plan comes first on the Insomnia topic and in Start here', () => {
    expect(topicReadingOrder.insomnia?.[0]).toBe('where-massage-fits-in-a-sleep-plan');
    expect(startHere[0]).toBe('where-massage-fits-in-a-sleep-plan');
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
