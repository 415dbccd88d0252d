/**
 * What to read next: related articles (by shared topics and shared sources)
 * and the previous and next article in publication order. Pure: callers pass
 * plain objects, so the ranking is tested without a build.
 */

export interface RelatableArticle {
  id: string;
  title: string;
  pubDate: string;
  /** Topic slugs. */
  topics: readonly string[];
  /** Source (reference) ids. */
  sources: readonly string[];
}

/**
 * A shared topic says far more about what a reader wants next than one
 * shared study, so it weighs three times as much.
 */
export const TOPIC_WEIGHT = 3;
export const SOURCE_WEIGHT = 1;

function sharedCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return new Set(b.filter((item) => set.has(item))).size;
}

/** How related `other` is to `article`: 3 per shared topic + 1 per shared source. 0 means unrelated. */
export function relatedness(article: RelatableArticle, other: RelatableArticle): number {
  return TOPIC_WEIGHT * sharedCount(article.topics, other.topics) + SOURCE_WEIGHT * sharedCount(article.sources, other.sources);
}

/**
 * Up to `count` other articles that share a topic or a source with `article`,
 * most related first. Ties go to the newer article, then by title, then by id,
 * so the same content always gives the same list. Unrelated articles are
 * never padded in: a short list is more honest than a random one.
 */
export function relatedArticles<T extends RelatableArticle>(article: RelatableArticle, all: readonly T[], count = 3): T[] {
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, score: relatedness(article, other) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        compareText(b.other.pubDate, a.other.pubDate) ||
        compareText(a.other.title, b.other.title) ||
        compareText(a.other.id, b.other.id),
    )
    .slice(0, count)
    .map(({ other }) => other);
}

/** Code-point order: unlike localeCompare, the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Neighbours<T> {
  /** The article published before this one (older). */
  previous: T | undefined;
  /** The article published after this one (newer). */
  next: T | undefined;
}

/**
 * The articles either side of `id` in publication order. `newestFirst` is the
 * archive's order, so "previous" is the one listed below it in the archive.
 */
export function previousAndNext<T extends { id: string }>(newestFirst: readonly T[], id: string): Neighbours<T> {
  const index = newestFirst.findIndex((article) => article.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}
