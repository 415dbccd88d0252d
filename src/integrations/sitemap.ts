/**
 * @astrojs/sitemap with each article's last-modified date (updatedDate, else
 * pubDate). The dates are read from the articles' frontmatter on disk: the
 * sitemap only lists pages that were built, so drafts and scheduled articles
 * never appear, whatever this map holds.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { rawEntryData } from '../loaders/friendly-glob';
import { lastModified, withLastmod } from '../lib/seo';
import { absolute, paths } from '../paths';

const articlesFolder = fileURLToPath(new URL('../../content/articles/', import.meta.url));

function mdxFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(folder, name));
}

/** Absolute article URL → YYYY-MM-DD. The id is the file's path without `.mdx`, as Astro's glob loader makes it. */
export function articleLastmods(folder = articlesFolder): Map<string, string> {
  const lastmods = new Map<string, string>();
  for (const file of mdxFiles(folder)) {
    const data = rawEntryData(file) as { pubDate?: unknown; updatedDate?: unknown };
    if (typeof data.pubDate !== 'string') continue; // the content schema reports it during the build
    const id = relative(folder, file).replace(/\.mdx$/, '').split('\\').join('/').toLowerCase();
    lastmods.set(
      absolute(paths.article(id)),
      lastModified({ pubDate: data.pubDate, updatedDate: typeof data.updatedDate === 'string' ? data.updatedDate : undefined }),
    );
  }
  return lastmods;
}

export function siteSitemap(): AstroIntegration {
  const lastmods = articleLastmods();
  return sitemap({ serialize: (item) => withLastmod(item, lastmods) });
}
