/** The topics that have published articles, with those articles newest first. */
import { getPublishedArticles } from '../../data/articles';
import { topicsWithArticles } from '../../lib/topics';
import { topics } from '../../site.config';
import { relatableOf } from '../articles/_utils/article-page';

export async function publishedTopics() {
  const articles = (await getPublishedArticles()).map(relatableOf);
  return topicsWithArticles(articles, topics);
}
