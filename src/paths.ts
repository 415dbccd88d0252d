/** Site-relative links that respect the configured base path. */
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
  evidence: (level?: string) => href(`/evidence/${level ? `#level-${level}` : ''}`),
  page: (id: string) => href(`/${id}/`),
  articleImage: (id: string) => href(`/og/articles/${id}.png`),
  siteImage: () => href('/og/site.png'),
  sitemapIndex: () => href('/sitemap-index.xml'),
};
