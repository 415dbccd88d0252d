/**
 * @astrojs/sitemap with each article's last-modified date (updatedDate, else
 * pubDate), recorded by the article route during the build
 * (src/lib/article-lastmods.ts). The sitemap only lists pages that were
 * built, so drafts and scheduled articles never appear; the redirect pages
 * at old addresses are left out.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { articleLastmods } from '../lib/article-lastmods';
import { withLastmod } from '../lib/seo';
import { site } from '../site.config';

export interface SiteSitemapOptions {
  /** Addresses (without the base path) never listed: the old addresses the build answers with a redirect. */
  leaveOut?: readonly string[];
}

export function siteSitemap(options: SiteSitemapOptions = {}): AstroIntegration {
  const leaveOut = new Set(options.leaveOut ?? []);
  const base = new URL(site.url).pathname.replace(/\/$/, '') + site.base.replace(/\/$/, '');
  return sitemap({
    serialize: (item) => withLastmod(item, articleLastmods()),
    filter: (page) => !leaveOut.has(new URL(page).pathname.slice(base.length) || '/'),
  });
}
