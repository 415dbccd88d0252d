/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild in
 * astro.config.mjs): an article page whose key, code and body are unchanged
 * since the last build is not rendered again.
 *
 * The key is deliberately broad, so a page is never stale: besides the
 * article's own text and its reviewer it covers the data of every article,
 * reference and standing page (a changed reference title or another article's
 * title re-renders all pages), every article's strongest and weakest grade
 * (the cards show them, so a changed grade re-renders the pages listing it), the build date (publishing and review status
 * change with it) and the site config. Editing an article's body re-renders
 * only that page.
 *
 * Listing pages (archive pages, topic pages) show only that data, never an
 * article's body, so their key is the shared digest and the page's own name:
 * an edit to an article's text does not render them again.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry } from 'astro:content';
import { site } from '../site.config';
import { buildDate, type Article } from './articles';
import { articleVerdicts } from './claims';

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

let shared: Promise<string> | undefined;

/** One digest of everything an article page may show besides its own body. */
function sharedDataDigest(): Promise<string> {
  shared ??= (async () => {
    const collections = await Promise.all([getCollection('articles'), getCollection('references'), getCollection('pages')]);
    const verdicts = [...(await articleVerdicts())];
    return digest({ today: buildDate(), site, data: collections.map((entries) => entries.map((entry) => [entry.id, entry.data])), verdicts });
  })();
  return shared;
}

export async function articleCacheKey(article: Article): Promise<string> {
  const reviewer = article.data.reviewedBy ? ((await getEntry(article.data.reviewedBy))?.data ?? null) : null;
  return digest([await sharedDataDigest(), article.id, article.digest ?? article.body ?? '', reviewer]);
}

/** The key of a listing page (`name` tells the pages of one route apart). */
export async function listingCacheKey(name: string): Promise<string> {
  return digest([await sharedDataDigest(), name]);
}
