/**
 * Which articles are public, and in what order. Pure: the caller passes the
 * articles and today's calendar date, so the rules are testable at any date.
 */
import { compareText } from './compare';
import { addMonths, type CalendarDate } from './dates';

export interface PublishableArticle {
  id: string;
  data: { title: string; pubDate: CalendarDate; draft: boolean };
}

export interface PublishOptions {
  /** Today's date in the site's time zone. */
  today: CalendarDate;
  /** Show drafts and future-dated articles too (the dev server does). */
  includeUnpublished?: boolean;
}

/** True when a reader of the built site may see the article today. */
export function isPublished(article: PublishableArticle, { today, includeUnpublished = false }: PublishOptions): boolean {
  if (includeUnpublished) return true;
  return !article.data.draft && article.data.pubDate <= today;
}

/** Newest first; articles published the same day in title order, so the order is stable. */
export function newestFirst<T extends PublishableArticle>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => compareText(b.data.pubDate, a.data.pubDate) || compareText(a.data.title, b.data.title),
  );
}

export function publishedArticles<T extends PublishableArticle>(articles: readonly T[], options: PublishOptions): T[] {
  return newestFirst(articles.filter((article) => isPublished(article, options)));
}

export interface ReviewSchedule {
  lastReviewed: CalendarDate;
  nextReview: CalendarDate;
  overdue: boolean;
}

/** When the article was last reviewed, when the next review is due, and whether that day has passed. */
export function reviewSchedule(
  data: { lastReviewed: CalendarDate; nextReview?: CalendarDate | undefined },
  today: CalendarDate,
  cycleMonths: number,
): ReviewSchedule {
  const nextReview = data.nextReview ?? addMonths(data.lastReviewed, cycleMonths);
  return { lastReviewed: data.lastReviewed, nextReview, overdue: nextReview < today };
}
