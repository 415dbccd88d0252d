/**
 * @astrojs/sitemap with each article's last-modified date (updatedDate, else
 * pubDate), recorded by the article route during the build
 * (src/lib/article-lastmods.ts). The sitemap only lists pages that were
 * built, so drafts and scheduled articles never appear.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { articleLastmods } from '../lib/article-lastmods';
import { withLastmod } from '../lib/seo';

export function siteSitemap(): AstroIntegration {
  return sitemap({ serialize: (item) => withLastmod(item, articleLastmods()) });
}
