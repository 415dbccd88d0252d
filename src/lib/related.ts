/**
 * What to read next: related articles (by shared topics and shared sources)
 * and the previous and next article in publication order. Pure: callers pass
 * plain objects, so the ranking is tested without a build.
 */
import { compareText } from './compare';

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

/** For each topic and each source: the indexes of the articles that have it. */
function postings(sets: readonly ArticleSets[], kind: keyof ArticleSets): Map<string, number[]> {
  const byItem = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const item of set[kind]) {
      const list = byItem.get(item);
      if (list) list.push(index);
      else byItem.set(item, [index]);
    }
  });
  return byItem;
}

/**
 * For every article of `all`, in the same order: up to `count` other articles
 * that share a topic or a source with it, most related first. Ties go to the
 * newer article, then by title, then by id, so the same content always gives
 * the same list. Unrelated articles are never padded in: a short list is more
 * honest than a random one. Scores are summed from the lists of articles per
 * topic and per source, so only articles that share something are looked at
 * (a thousand articles took a third of a second compared pair by pair).
 */
export function relatedArticlesForEach<T extends RelatableArticle>(all: readonly T[], count = 3): T[][] {
  const sets = all.map(setsOf);
  const weights = [
    [postings(sets, 'topics'), TOPIC_WEIGHT, 'topics'],
    [postings(sets, 'sources'), SOURCE_WEIGHT, 'sources'],
  ] as const;
  // The tie-break order (newer, then title, then id) as one number per article, worked out
  // once: comparing text for every pair was most of the time at 5,000 articles.
  const rank = new Int32Array(all.length);
  all
    .map((_, index) => index)
    .sort((a, b) => compareText(all[b]!.pubDate, all[a]!.pubDate) || compareText(all[a]!.title, all[b]!.title) || compareText(all[a]!.id, all[b]!.id))
    .forEach((index, position) => (rank[index] = position));
  const scores = new Float64Array(all.length);
  const ranksBefore = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && rank[a]! < rank[b]!);
  return all.map((article, index) => {
    const touched: number[] = [];
    for (const [byItem, weight, kind] of weights) {
      for (const item of sets[index]![kind]) {
        for (const other of byItem.get(item)!) {
          if (other === index || all[other]!.id === article.id) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other]! += weight;
        }
      }
    }
    // The `count` best, kept in a short sorted list instead of sorting everything.
    const best: number[] = [];
    for (const other of touched) {
      if (best.length === count && !ranksBefore(other, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(other, best[at - 1]!)) at--;
      best.splice(at, 0, other);
      if (best.length > count) best.pop();
    }
    for (const other of touched) scores[other] = 0;
    return best.map((other) => all[other]!);
  });
}

export interface Neighbours<T> {
  /** The article published before this one (older). */
  previous: T | undefined;
  /** The article published after this one (newer). */
  next: T | undefined;
}

/**
 * The articles either side of position `index` (-1: none) in publication order.
 * `newestFirst` is the archive's order, so "previous" is the one listed below it.
 */
export function neighboursAt<T>(newestFirst: readonly T[], index: number): Neighbours<T> {
  if (index < 0 || index >= newestFirst.length) return { previous: undefined, next: undefined };
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}
