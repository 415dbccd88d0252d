/**
 * The one place pages get articles from: reads the collection and applies the
 * publishing rules of src/lib/articles.ts with today's date in the site's time zone.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedArticles } from '../lib/articles';
import type { Verdict } from '../lib/graded-claims';
import { siteToday } from '../lib/today';
import { site } from '../site.config';

export type Article = CollectionEntry<'articles'>;

/**
 * Today's date for publishing decisions. SITE_TODAY=YYYY-MM-DD pins it, so
 * tests and previews can build the site as it will look on another day.
 */
export function buildDate(): string {
  return siteToday({ timeZone: site.timeZone, now: new Date(), pinned: process.env.SITE_TODAY });
}

/** Published articles, newest first. The dev server also shows drafts and scheduled articles. */
export async function getPublishedArticles(): Promise<Article[]> {
  const all = await getCollection('articles');
  return publishedArticles(all, { today: buildDate(), includeUnpublished: import.meta.env.SHOW_UNPUBLISHED === true });
}

/** Each article's strongest and weakest grade by id (src/data/claims.ts: articleVerdicts). */
export type Verdicts = ReadonlyMap<string, Verdict>;

/** The plain data that lists and "what to read next" need: what an article card shows. */
export function summaryOf(article: Article, verdicts: Verdicts): ArticleSummary {
  const { title, description, pubDate, answer } = article.data;
  return { id: article.id, title, description, pubDate, answer, verdict: verdicts.get(article.id) };
}

export interface ArticleSummary {
  id: string;
  title: string;
  description: string;
  pubDate: string;
  /** The answer first, shown on the card under the title; undefined until the article has one. */
  answer: string | undefined;
  /** The article's strongest and weakest grade; undefined when it grades nothing. */
  verdict: Verdict | undefined;
}

/** An article as src/lib/related.ts and src/lib/topics.ts see it. */
export function relatableOf(article: Article, verdicts: Verdicts): RelatableSummary {
  return { ...summaryOf(article, verdicts), topics: article.data.tags, sources: article.data.sources.map((source) => source.id) };
}

export interface RelatableSummary extends ArticleSummary {
  topics: readonly string[];
  sources: readonly string[];
}
