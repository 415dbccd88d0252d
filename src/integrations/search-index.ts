/**
 * Pagefind's search index, made at the end of `astro build` through Pagefind's
 * Node API (as Starlight's integration does): the build waits for the index and
 * reports how many pages it holds, and Pagefind's process is closed before the
 * build returns.
 *
 * Under `astro dev`, /pagefind/ is served from the last build, so search
 * works in development once the site has been built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import sirv from 'sirv';

/**
 * The built pages Pagefind reads. Only article pages carry data-pagefind-body
 * (ArticleLayout), so the others (the archive pages, whose paths are one folder deeper or shallower, topic and standing pages) are not
 * read at all: the topic pages list every article, and skipping them saves
 * about a sixth of Pagefind's time (measured at 1,000 articles). A test checks
 * that every page with data-pagefind-body matches this.
 */
export const SEARCHED_PAGES = 'articles/*/index.html';

export interface SearchIndexOptions {
  /** CSS selectors Pagefind leaves out of the index, inside indexed pages. */
  excludeSelectors?: readonly string[];
  /** Addresses never indexed: the redirect pages the build writes at old article addresses (src/lib/addresses.ts). */
  leaveOut?: readonly string[];
}

/**
 * The glob of the pages to index: SEARCHED_PAGES, or, when some article addresses
 * are only redirect pages, the other article folders by name (a redirect page has
 * no data-pagefind-body, but Pagefind would index it as a page of its own).
 */
export function searchedPages(siteDir: string, leaveOut: readonly string[] = []): string {
  const left = new Set(leaveOut.flatMap((address) => /^\/articles\/([^/]+)\/$/.exec(address)?.[1] ?? []));
  if (left.size === 0) return SEARCHED_PAGES;
  const folders = readdirSync(join(siteDir, 'articles'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !left.has(entry.name) && existsSync(join(siteDir, 'articles', entry.name, 'index.html')))
    .map((entry) => entry.name);
  return `articles/{${folders.join(',')}}/index.html`;
}

/** Turns Pagefind's error list into one build error. */
function failOn(errors: readonly string[], step: string): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes the pages of `siteDir` that match SEARCHED_PAGES (less the ones left out) into `siteDir/pagefind/`; returns how many it indexed. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...(options.excludeSelectors ?? [])] });
    failOn(errors, 'start');
    if (!index) throw new Error('Pagefind could not start: it returned no index.');
    const added = await index.addDirectory({ path: siteDir, glob: searchedPages(siteDir, options.leaveOut) });
    failOn(added.errors, 'read the built pages');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    failOn(written.errors, 'write the index');
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let outDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        const serve = sirv(outDir, { dev: true, etag: true });
        server.middlewares.use((request, response, next) => {
          if (request.url?.startsWith('/pagefind/') && existsSync(join(outDir, 'pagefind'))) serve(request, response, next);
          else next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await writeSearchIndex(fileURLToPath(dir), options);
        logger.info(`indexed the site for search (${pages} page${pages === 1 ? '' : 's'}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
