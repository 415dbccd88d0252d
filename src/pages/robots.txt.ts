/** /robots.txt: crawl everything, and find the pages in the sitemap index. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo';
import { absolute, paths } from '../paths';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absolute(paths.sitemapIndex())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
