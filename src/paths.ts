/** Site-relative links that respect the configured base path. */
import { archivePagePath } from './lib/pagination';
import { joinBase } from './lib/urls';
import { site } from './site.config';

export function href(path: string): string {
  return joinBase(site.base, path);
}

export const paths = {
  home: () => href('/'),
  article: (id: string) => href(`/articles/${id}/`),
  disclaimer: () => href('/disclaimer/'),
  evidence: (level?: string) => href(`/evidence/${level ? `#level-${level}` : ''}`),
  page: (id: string) => href(`/${id}/`),
  /** Archive page `n` of all articles; page 1 is /articles/. */
  articles: (page = 1) => href(archivePagePath(page)),
  topics: () => href('/topics/'),
  topic: (slug: string) => href(`/topics/${slug}/`),
  search: () => href('/search/'),
  rss: () => href('/rss.xml'),
};
