/** The topics that have published articles, with those articles newest first. */
import { topicsWithArticles } from '../lib/topics';
import { topics } from '../site.config';
import { getPublishedArticles, relatableOf } from './articles';

export async function publishedTopics() {
  const articles = (await getPublishedArticles()).map(relatableOf);
  return topicsWithArticles(articles, topics);
}
