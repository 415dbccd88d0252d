/**
 * Each published article's last-modified date, by absolute URL: the article
 * route records them as the build runs (from the validated content), and the
 * sitemap reads them at the end. The route runs inside Astro's build bundle
 * and the sitemap with the config: two copies of this module in one process,
 * so the map lives on globalThis under a registered symbol (as og-stats does).
 */

const KEY = Symbol.for('knead-to-sleep.article-lastmods');
const store = globalThis as unknown as Record<symbol, Map<string, string> | undefined>;

/** Replaces the recorded dates with these (absolute URL → YYYY-MM-DD). */
export function recordArticleLastmods(entries: Iterable<readonly [string, string]>): void {
  store[KEY] = new Map(entries);
}

/** The dates recorded by this build; empty before the article route has run. */
export function articleLastmods(): ReadonlyMap<string, string> {
  return store[KEY] ?? new Map();
}
