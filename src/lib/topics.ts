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
  /** The topic's articles, in the order given (the archive's newest-first order). */
  articles: T[];
}

/**
 * Every topic that has at least one article, in the order the site config
 * lists them. Topics with no article yet get no page: an empty page helps no one.
 */
export function topicsWithArticles<T extends { topics: readonly string[] }>(
  articles: readonly T[],
  topics: Readonly<Record<string, TopicInfo>>,
): TopicSummary<T>[] {
  return Object.entries(topics)
    .map(([slug, info]) => ({ slug, label: info.label, description: info.description, articles: articles.filter((article) => article.topics.includes(slug)) }))
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
