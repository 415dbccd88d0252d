/** Every published article's change entries, newest first: the /updates/ page and its feed. */
import { siteChanges, type SiteChange } from '../lib/changes';
import { getPublishedArticles } from './articles';

export async function publishedChanges(): Promise<SiteChange[]> {
  const articles = await getPublishedArticles();
  return siteChanges(articles.map((article) => ({ id: article.id, title: article.data.title, changes: article.data.changes })));
}

/** The feed item's title: what kind of change, and to which article. */
export function changeTitle(change: Pick<SiteChange, 'correction' | 'articleTitle'>): string {
  return `${change.correction ? 'Correction' : 'Update'}: ${change.articleTitle}`;
}
