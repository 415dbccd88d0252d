/**
 * /og/articles/<id>.png: each published article's social image. Its cache key
 * for Astro's incremental build is the image cache's key, a hash of what is
 * drawn, so an unchanged image is kept from the last build without running
 * this endpoint at all.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArticles, type Article } from '../../../data/articles';
import { articleOgInput, ogImageResponse } from '../../../data/og-images';
import { loadOgFonts, ogCacheKey } from '../../../lib/og-image';
import { ogBuildStats } from '../../../lib/og-stats';

export const getStaticPaths = (async () => {
  const [articles, fonts] = await Promise.all([getPublishedArticles(), loadOgFonts()]);
  ogBuildStats().articleImages = articles.length;
  return articles.map((article) => ({ params: { id: article.id }, props: { article }, cacheKey: ogCacheKey(articleOgInput(article), fonts) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) => {
  ogBuildStats().articleImagesRendered++;
  return ogImageResponse(articleOgInput(props.article));
};
