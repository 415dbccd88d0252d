/**
 * The one place pages get articles from: reads the collection and applies the
 * publishing rules of src/lib/articles.ts with today's date in the site's time zone.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedArticles } from '../lib/articles';
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
