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

/** How many distinct items of `b` are also in `a`. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of b) if (a.has(item)) count++;
  return count;
}

interface ArticleSets {
  topics: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

function setsOf(article: RelatableArticle): ArticleSets {
  return { topics: new Set(article.topics), sources: new Set(article.sources) };
}

function score(article: ArticleSets, other: ArticleSets): number {
  return TOPIC_WEIGHT * sharedCount(article.topics, other.topics) + SOURCE_WEIGHT * sharedCount(article.sources, other.sources);
}

/** How related `other` is to `article`: 3 per shared topic + 1 per shared source. 0 means unrelated. */
export function relatedness(article: RelatableArticle, other: RelatableArticle): number {
  return score(setsOf(article), setsOf(other));
}

interface Scored<T> {
  other: T;
  score: number;
}

/** Most related first; ties go to the newer article, then by title, then by id. */
function ranksBefore<T extends RelatableArticle>(a: Scored<T>, b: Scored<T>): boolean {
  const order = b.score - a.score || compareText(b.other.pubDate, a.other.pubDate) || compareText(a.other.title, b.other.title) || compareText(a.other.id, b.other.id);
  return order < 0;
}

/** The `count` best of `all` for the article at `index`, kept in a short sorted list instead of sorting everything. */
function topRelated<T extends RelatableArticle>(article: RelatableArticle, own: ArticleSets, all: readonly T[], sets: readonly ArticleSets[], count: number): T[] {
  const best: Scored<T>[] = [];
  all.forEach((other, index) => {
    if (other.id === article.id) return;
    const candidate = { other, score: score(own, sets[index]!) };
    if (candidate.score === 0) return;
    if (best.length === count && !ranksBefore(candidate, best[best.length - 1]!)) return;
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > count) best.pop();
  });
  return best.map(({ other }) => other);
}

/**
 * For every article of `all`, in the same order: up to `count` other articles
 * that share a topic or a source with it, most related first. Ties go to the
 * newer article, then by title, then by id, so the same content always gives
 * the same list. Unrelated articles are never padded in: a short list is more
 * honest than a random one. Each article's topic and source sets are built
 * once, so a site of n articles costs n² cheap comparisons.
 */
export function relatedArticlesForEach<T extends RelatableArticle>(all: readonly T[], count = 3): T[][] {
  const sets = all.map(setsOf);
  return all.map((article, index) => topRelated(article, sets[index]!, all, sets, count));
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
