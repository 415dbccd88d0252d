/**
 * Articles grouped by topic. Pure: the topic list comes from the caller
 * (src/site.config.ts), so the grouping is tested with plain objects.
 */

export interface TopicInfo {
  label: string;
  description: string;
}

export interface TopicSummary<T> {
  slug: string;
  label: string;
  description: string;
  /** The topic's articles in reading order: the ids its order lists first, then the rest in the order given (newest first). */
  articles: T[];
}

/** `articles` with the ids in `order` first, in that order; the others keep their order after them. Unknown ids are skipped. */
export function inReadingOrder<T extends { id: string }>(articles: readonly T[], order: readonly string[] = []): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const listed = articles.filter((article) => rank.has(article.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...listed, ...articles.filter((article) => !rank.has(article.id))];
}

/**
 * Every topic that has at least one article, in the order the site config
 * lists them. Topics with no article yet get no page: an empty page helps no one.
 */
export function topicsWithArticles<T extends { id: string; topics: readonly string[] }>(
  articles: readonly T[],
  topics: Readonly<Record<string, TopicInfo>>,
  readingOrder: Readonly<Record<string, readonly string[] | undefined>> = {},
): TopicSummary<T>[] {
  return Object.entries(topics)
    .map(([slug, info]) => ({
      slug,
      label: info.label,
      description: info.description,
      articles: inReadingOrder(articles.filter((article) => article.topics.includes(slug)), readingOrder[slug]),
    }))
    .filter((topic) => topic.articles.length > 0);
}

/**
 * A topic page's meta description: the topic's own description and how many
 * articles it has, with as much of the rest as fits in `maxLength`.
 */
export function topicPageDescription(description: string, count: number, maxLength: number): string {
  const candidates = [
    `${description} ${articleCountLabel(count)} on this topic, each with sources and evidence grades.`,
    `${description} ${articleCountLabel(count)} on this topic.`,
    description,
  ];
  return candidates.find((candidate) => candidate.length <= maxLength) ?? description;
}

/** "1 article", "4 articles". */
export function articleCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'article' : 'articles'}`;
}
