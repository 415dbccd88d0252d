/** The topics that have published articles, each with its articles in reading order (the overview first). */
import { topicsWithArticles } from '../lib/topics';
import { topicReadingOrder, topics } from '../site.config';
import { getPublishedArticles, relatableOf } from './articles';
import { articleVerdicts } from './claims';

export async function publishedTopics() {
  const verdicts = await articleVerdicts();
  const articles = (await getPublishedArticles()).map((article) => relatableOf(article, verdicts));
  return topicsWithArticles(articles, topics, topicReadingOrder);
}
