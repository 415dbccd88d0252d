/**
 * /og/articles/<id>.png: each published article's social image. Its cache key
 * for Astro's incremental build is the image cache's key (what the image
 * shows and the template version), so an unchanged image is kept from the last build without running
 * this endpoint at all.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArticles, type Article } from '../../../data/articles';
import { articleOgInput, ogImageResponse } from '../../../data/og-images';
import { ogCacheKey } from '../../../lib/og-image';
import { ogBuildStats } from '../../../lib/og-stats';

export const getStaticPaths = (async () => {
  const articles = await getPublishedArticles();
  ogBuildStats().articleImages = articles.length;
  return articles.map((article) => ({ params: { id: article.id }, props: { article }, cacheKey: ogCacheKey(articleOgInput(article)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) => {
  ogBuildStats().articleImagesRendered++;
  return ogImageResponse(articleOgInput(props.article));
};
