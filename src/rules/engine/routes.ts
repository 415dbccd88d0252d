/**
 * Addresses of the built site: the fixed ones, read from the parameterless
 * files in src/pages/ (so a new page is known as soon as it exists), and the
 * ones made from content (articles, standing pages, topics).
 */
import { evidenceLevelSlugs } from '../../lib/evidence.ts';

/** Fragment ids every page has (the skip link's target in BaseLayout). */
export const layoutAnchors = ['main-content'] as const;

/** Fragment ids on fixed routes, where we know them (the evidence scale's levels). */
export const staticRouteAnchors: Readonly<Record<string, readonly string[]>> = {
  '/evidence/': evidenceLevelSlugs.map((level) => `level-${level}`),
};

export const articleRoute = (id: string): string => `/articles/${id}/`;
export const pageRoute = (id: string): string => `/${id}/`;
export const topicRoute = (slug: string): string => `/topics/${slug}/`;

/**
 * The address a file in src/pages/ (a path inside that folder) serves, or
 * undefined when it has parameters, sits in a `_` folder, or is the 404 page.
 * The site uses trailing slashes; endpoints (`rss.xml.ts`) keep their own name.
 */
export function fixedRouteOf(pageFile: string): string | undefined {
  const segments = pageFile.split('/');
  if (segments.some((segment) => segment.startsWith('_') || segment.includes('['))) return undefined;
  const endpoint = /^(.*\.[a-z0-9]+)\.(ts|js)$/.exec(pageFile);
  if (endpoint) return `/${endpoint[1]}`;
  const page = /^(.*)\.(astro|md|mdx)$/.exec(pageFile)?.[1];
  if (page === undefined || page === '404') return undefined;
  const path = page.replace(/(^|\/)index$/, '');
  return path ? `/${path}/` : '/';
}

export function fixedRoutes(pageFiles: readonly string[]): string[] {
  return pageFiles.flatMap((file) => fixedRouteOf(file) ?? []);
}
