/**
 * Every address the site serves, in one place: a few fixed routes plus the
 * ones made from content (articles, standing pages, topics). The content check
 * uses it to find links to pages that do not exist.
 */
import { evidenceLevelSlugs } from '../../lib/evidence.ts';

/** Routes that exist whatever the content is (src/pages/ files without parameters). */
export const staticRoutes = ['/', '/articles/', '/topics/', '/search/', '/evidence/', '/evidence/map/', '/rss.xml'] as const;

/** Fragment ids every page has (the skip link's target in BaseLayout). */
export const layoutAnchors = ['main-content'] as const;

/** Fragment ids on fixed routes, where we know them (the evidence scale's levels). */
export const staticRouteAnchors: Readonly<Record<string, readonly string[]>> = {
  '/evidence/': evidenceLevelSlugs.map((level) => `level-${level}`),
  '/evidence/map/': [...evidenceLevelSlugs],
};

export const articleRoute = (id: string): string => `/articles/${id}/`;
export const pageRoute = (id: string): string => `/${id}/`;
export const topicRoute = (slug: string): string => `/topics/${slug}/`;

export interface SiteContent {
  articleIds: readonly string[];
  /** Ids of standing pages in content/pages/ (about, disclaimer, …). */
  pageIds: readonly string[];
  topicSlugs: readonly string[];
  /** Files in public/, as paths from the site root ("/favicon.svg"). */
  publicFiles?: readonly string[];
}

/** Every route of the built site, root-relative and without the base path. */
export function siteRoutes(content: SiteContent): Set<string> {
  return new Set([
    ...staticRoutes,
    ...content.articleIds.map(articleRoute),
    ...content.pageIds.map(pageRoute),
    ...content.topicSlugs.map(topicRoute),
    ...(content.publicFiles ?? []),
  ]);
}
