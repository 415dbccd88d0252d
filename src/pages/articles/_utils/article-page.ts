/** Data the article route needs beyond the entry itself. */
import { getEntries, getEntry } from 'astro:content';
import type { Article } from '../../../data/articles';
import { reviewSchedule, type ReviewSchedule } from '../../../lib/articles';
import { site, topics } from '../../../site.config';

/** The article's sources in order of first citation. A listed id with no file fails the build. */
export async function citedSources(article: Article, citationOrder: readonly string[]) {
  const entries = await getEntries(article.data.sources);
  const missing = article.data.sources.filter((_ref, index) => !entries[index]).map((ref) => ref.id);
  if (missing.length) {
    throw new Error(`${article.filePath}: sources lists ${missing.join(', ')}, but there is no such file in content/references/.`);
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return citationOrder.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ id: entry.id, data: entry.data }] : [];
  });
}

export async function clinicalReviewer(article: Article) {
  if (!article.data.reviewedBy) return undefined;
  const person = await getEntry(article.data.reviewedBy);
  if (!person) throw new Error(`${article.filePath}: reviewedBy names "${article.data.reviewedBy.id}", who is not in content/people/.`);
  return person.data;
}

export function scheduleOf(article: Article, today: string): ReviewSchedule {
  return reviewSchedule(article.data, today, site.reviewCycleMonths);
}

/** Prints one build warning naming every article whose review is overdue. */
export function warnAboutOverdueReviews(articles: readonly Article[], today: string): void {
  const overdue = articles.filter((article) => scheduleOf(article, today).overdue);
  if (overdue.length === 0) return;
  const list = overdue.map((article) => `  - ${article.filePath} (review was due ${scheduleOf(article, today).nextReview})`);
  console.warn(`[reviews] ${overdue.length} article review${overdue.length === 1 ? ' is' : 's are'} overdue:\n${list.join('\n')}`);
}

/** The plain data that lists and "what to read next" need. */
export function summaryOf(article: Article) {
  return { id: article.id, title: article.data.title, description: article.data.description, pubDate: article.data.pubDate };
}

/** An article as src/lib/related.ts and src/lib/topics.ts see it. */
export function relatableOf(article: Article) {
  return { ...summaryOf(article), topics: article.data.tags, sources: article.data.sources.map((source) => source.id) };
}

/** The article's topics with their labels, in the order the article lists them. */
export function topicLinksOf(article: Article) {
  return article.data.tags.map((slug) => ({ slug, label: topics[slug].label }));
}
