/** Whether an article is live, still a draft, or waiting for its publication day. Pure: today is a parameter. */
import type { CalendarDate } from './dates.ts';

export type PublicationStatus = { kind: 'published' } | { kind: 'draft' } | { kind: 'scheduled'; on: CalendarDate };

export function publicationStatus(article: { draft: boolean; pubDate: CalendarDate }, today: CalendarDate): PublicationStatus {
  if (article.draft) return { kind: 'draft' };
  if (article.pubDate > today) return { kind: 'scheduled', on: article.pubDate };
  return { kind: 'published' };
}
