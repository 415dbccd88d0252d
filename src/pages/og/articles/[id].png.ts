/** /og/articles/<id>.png: each published article's social image. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArticles, type Article } from '../../../data/articles';
import { articleOgInput, ogImageResponse } from '../../../data/og-images';

export const getStaticPaths = (async () => {
  const articles = await getPublishedArticles();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) => ogImageResponse(articleOgInput(props.article));
