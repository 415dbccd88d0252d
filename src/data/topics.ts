/** The topics that have published articles, with those articles newest first. */
import { topicsWithArticles } from '../lib/topics';
import { topics } from '../site.config';
import { getPublishedArticles, relatableOf } from './articles';
import { articleVerdicts } from './claims';

export async function publishedTopics() {
  const verdicts = await articleVerdicts();
  const articles = (await getPublishedArticles()).map((article) => relatableOf(article, verdicts));
  return topicsWithArticles(articles, topics);
}
