/**
 * What is wrong with a link written in a page of this site, if anything: an
 * address the site does not serve, one served only in `astro dev` (a draft, a
 * scheduled article, a topic with nothing published), or a #fragment that is
 * not on the page. Links to other sites (https:, mailto:) are not ours to check.
 */
import { closestMatch, editDistance } from '../../lib/errors.ts';
import { entryId, type ContentDocument } from './document.ts';
import { articleRoute } from './routes.ts';
import { routeOf, type SiteIndex } from './site.ts';

export type LinkProblemKind = 'broken-link' | 'unpublished-link' | 'broken-anchor';

export interface LinkProblem {
  kind: LinkProblemKind;
  message: string;
}

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** True when the page goes live (an article that is not a draft, or a standing page). */
function isLive(document: ContentDocument): boolean {
  return document.kind === 'page' || document.data?.draft !== true;
}

/** The three headings of a page whose ids are nearest the fragment written, nearest first. */
function closestHeadings(fragment: string, headings: readonly string[]): string[] {
  return [...headings]
    .map((id, order) => ({ id, order, distance: editDistance(fragment, id) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, 3)
    .map(({ id }) => id);
}

export function linkProblem(url: string, from: ContentDocument, site: SiteIndex): LinkProblem | undefined {
  if (isExternal(url)) return undefined;
  if (url === '') return { kind: 'broken-link', message: 'a link has no address. Add one, such as /articles/example/.' };
  const fromRoute = routeOf(from) ?? '/';
  const resolved = new URL(url, `https://site.invalid${fromRoute}`);
  let path: string;
  let fragment: string;
  try {
    path = decodeURI(resolved.pathname);
    fragment = decodeURIComponent(resolved.hash.slice(1));
  } catch {
    return { kind: 'broken-link', message: `links to ${url}, which is not a valid address. Check the % signs in it.` };
  }
  const written = url.startsWith('/') || url.startsWith('#') ? url : `${url} (that is, ${path}${resolved.hash})`;
  const exists = site.liveRoutes.has(path) || site.unpublishedRoutes.has(path);

  if (!exists) {
    // A link to an article's file (./other-article.mdx) rather than its address.
    const file = /(?:^|\/)([^/]+)\.mdx?$/.exec(path)?.[1];
    if (file) {
      const target = site.articles.get(entryId(file));
      if (target) return { kind: 'broken-link', message: `links to ${url}, the article's file. Link to its address instead: ${articleRoute(target.document.id)}${resolved.hash}` };
    }
    const redirect = site.redirects.get(path);
    if (redirect) return { kind: 'broken-link', message: `links to ${written}, an old address that now redirects to ${redirect.to}. Link to ${redirect.to}${resolved.hash} directly.` };
    if (site.liveRoutes.has(`${path}/`) || site.unpublishedRoutes.has(`${path}/`)) {
      return { kind: 'broken-link', message: `links to ${written}, which needs a slash at the end: ${path}/${resolved.hash}` };
    }
    // A likely typo is a route as deep as the link (not the archive for a missing article), other than this page.
    const depth = (route: string) => route.split('/').filter(Boolean).length;
    const candidates = [...site.liveRoutes, ...site.unpublishedRoutes].filter((route) => route !== fromRoute && depth(route) === depth(path));
    const guess = closestMatch(path, candidates);
    return { kind: 'broken-link', message: `links to ${written}, which does not exist on this site.${guess ? ` Did you mean ${guess}?` : ''}` };
  }

  if (isLive(from)) {
    const target = site.byRoute.get(path);
    const facts = target?.kind === 'article' ? site.articles.get(target.id) : undefined;
    if (facts?.draft) {
      return { kind: 'unpublished-link', message: `links to ${path}, which is a draft, so the link would be broken on the live site. Publish that article first, or remove the link.` };
    }
    const fromFacts = from.kind === 'article' ? site.articles.get(from.id) : undefined;
    const goesLiveFrom = fromFacts?.pubDate && fromFacts.pubDate > site.today ? fromFacts.pubDate : site.today;
    if (facts?.pubDate && facts.pubDate > goesLiveFrom) {
      return {
        kind: 'unpublished-link',
        message: `links to ${path}, which is published on ${facts.pubDate}, after this page (${goesLiveFrom}), so the link would be broken until then. Link to it once it is live, or move this page's pubDate.`,
      };
    }
    if (!target && site.unpublishedRoutes.has(path)) {
      return { kind: 'unpublished-link', message: `links to ${path}, a topic with no published article yet, so the page does not exist on the live site. Link to /topics/ instead, or publish an article on that topic first.` };
    }
  }

  if (fragment) {
    const known = site.anchorsOf(path);
    if (known && !known.has(fragment)) {
      const guess = closestMatch(fragment, [...known]);
      const where = path === fromRoute ? 'this page' : path;
      const headings = closestHeadings(fragment, site.headingsOf(path));
      const answer = guess ? ` Did you mean #${guess}?` : headings.length ? ` Its closest sections: ${headings.map((id) => `#${id}`).join(', ')}.` : '';
      return { kind: 'broken-anchor', message: `links to #${fragment}, which is not on ${where}.${answer}` };
    }
  }
  return undefined;
}
