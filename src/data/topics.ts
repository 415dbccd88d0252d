/** The topics that have published articles, each with its articles in reading order (the overview first). */
import { topicsWithArticles } from '../lib/topics';
import { topicReadingOrder, topics } from '../site.config';
import { getPublishedArticles, relatableOf } from './articles';

export async function publishedTopics() {
  const articles = (await getPublishedArticles()).map(relatableOf);
  return topicsWithArticles(articles, topics, topicReadingOrder);
}
