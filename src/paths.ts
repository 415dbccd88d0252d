/** Site-relative links that respect the configured base path. */
import { archivePagePath } from './lib/pagination';
import { absoluteUrl, joinBase } from './lib/urls';
import { site } from './site.config';

export function href(path: string): string {
  return joinBase(site.base, path);
}

/** The full address of a link made by href() or paths (base included), e.g. for canonical links and og:image. */
export function absolute(link: string): string {
  return absoluteUrl(site.url, '/', link);
}

export const paths = {
  home: () => href('/'),
  article: (id: string) => href(`/articles/${id}/`),
  disclaimer: () => href('/disclaimer/'),
  /** The standing safety page every care card and the disclaimer link to. */
  safety: () => href('/articles/is-massage-safe-for-me/'),
  /** Where to get help now: the urgent-help routes and the "Call 999 if" card, linked from every page's header. */
  help: () => href('/help/'),
  evidence: (level?: string) => href(`/evidence/${level ? `#level-${level}` : ''}`),
  /** Every graded claim of every article, grouped by grade; `level` jumps to one grade. */
  evidenceMap: (level?: string) => href(`/evidence/map/${level ? `#${level}` : ''}`),
  page: (id: string) => href(`/${id}/`),
  /** Archive page `n` of all articles; page 1 is /articles/. */
  articles: (page = 1) => href(archivePagePath(page)),
  topics: () => href('/topics/'),
  topic: (slug: string) => href(`/topics/${slug}/`),
  search: () => href('/search/'),
  rss: () => href('/rss.xml'),
  articleImage: (id: string) => href(`/og/articles/${id}.png`),
  siteImage: () => href('/og/site.png'),
  sitemapIndex: () => href('/sitemap-index.xml'),
};
