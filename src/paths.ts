/** Site-relative links that respect the configured base path. */
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
};
