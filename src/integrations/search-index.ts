/**
 * Pagefind's search index, made at the end of `astro build` by running
 * Pagefind's own command over the built pages, and waiting for it to finish.
 *
 * This replaces astro-pagefind, which drove a Pagefind service process that
 * outlived the build: its CPU time never showed in the build's own figures
 * (`npm run bench` measured the build without search), and a build could
 * return before the process had gone. The index is the same, file for file.
 *
 * Under `astro dev`, /pagefind/ is served from the last build, so search
 * works in development once the site has been built.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';

const run = promisify(execFile);

/**
 * The built pages Pagefind reads. Only article pages carry data-pagefind-body
 * (ArticleLayout), so the others (archive, topic and standing pages) are not
 * read at all: the topic pages list every article, and skipping them saves
 * about a sixth of Pagefind's time (measured at 1,000 articles). A test checks
 * that every page with data-pagefind-body matches this.
 */
export const SEARCHED_PAGES = 'articles/**/index.html';

export interface SearchIndexOptions {
  /** CSS selectors Pagefind leaves out of the index, inside indexed pages. */
  excludeSelectors?: readonly string[];
}

/** Pagefind's command-line arguments for a site folder. */
export function pagefindArguments(siteDir: string, options: SearchIndexOptions = {}): string[] {
  return [
    '--site',
    siteDir,
    '--glob',
    SEARCHED_PAGES,
    '--output-subdir',
    'pagefind',
    '--quiet',
    ...(options.excludeSelectors ?? []).flatMap((selector) => ['--exclude-selectors', selector]),
  ];
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
        const site = fileURLToPath(dir);
        // Pagefind's launcher (a Node script beside its API) finds the binary for this platform and waits for it.
        const launcher = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');
        try {
          const { stdout, stderr } = await run(process.execPath, [launcher, ...pagefindArguments(site, options)], { maxBuffer: 64 * 1024 * 1024 });
          for (const line of `${stdout}\n${stderr}`.split('\n')) if (line.trim()) logger.warn(line.trim());
        } catch (error) {
          const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
          throw new Error(`Pagefind could not build the search index:\n${stderr || stdout || String(error)}`);
        }
        const pages = existsSync(join(site, 'pagefind/pagefind-entry.json')) ? ` (${indexedPages(site)} pages)` : '';
        logger.info(`indexed the site for search${pages} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

/** How many pages the index holds, from Pagefind's own entry file. */
function indexedPages(site: string): number {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
