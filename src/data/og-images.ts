/** The social images the site serves: one per published article and one for every other page. */
import { cachedOgImage, OG_CACHE_DIR, type OgImageInput } from '../lib/og-image';
import { ogBuildStats } from '../lib/og-stats';
import { site, topics } from '../site.config';
import type { Article } from './articles';

/** What an article's image shows: its title and its first (main) topic. */
export function articleOgInput(article: Article): OgImageInput {
  const [mainTopic] = article.data.tags;
  return { siteName: site.name, title: article.data.title, topic: mainTopic && topics[mainTopic].label };
}

/** What the default image shows: the site's tagline. */
export const siteOgInput: OgImageInput = { siteName: site.name, title: site.tagline };

/** A PNG response for an image endpoint, drawn or taken from the cache. */
export async function ogImageResponse(input: OgImageInput): Promise<Response> {
  const png = await cachedOgImage(input, { dir: process.env.OG_CACHE_DIR ?? OG_CACHE_DIR, stats: ogBuildStats() });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
