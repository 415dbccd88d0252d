/**
 * The redirects the build writes (src/lib/addresses.ts): each article's old
 * addresses (`redirectFrom`) to the article, and each page taken down
 * (content/unpublished.yaml) to where readers go instead. Astro answers each
 * old address with a page; this integration writes our own there (a refresh
 * to the new one, with `noindex` and a canonical link, valid HTML) and
 * `_redirects` for hosts that read one, and the sitemap leaves the old addresses out. Read once, when the
 * config loads, with the rulebook's frontmatter reader.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectPage, redirectsFile, redirectsOf, UNPUBLISHED_LIST, unpublishedEntries, type Redirect } from '../lib/addresses';
import { entryId } from '../rules/engine/document';
import { articleRoute } from '../rules/engine/routes';
import { readFrontmatter } from '../rules/engine/frontmatter';

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Every redirect of the site at `root`, from its articles' frontmatter and the list of pages taken down. */
export function siteRedirects(root: string): Redirect[] {
  const folder = join(root, 'content/articles');
  const articles = (existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }) : [])
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const { data } = readFrontmatter(readFileSync(join(folder, name), 'utf8'), false);
      return { route: articleRoute(entryId(name.replace(/\.mdx$/, '').split('\\').join('/'))), redirectFrom: stringList(data?.redirectFrom) };
    });
  const unpublishedPath = join(root, UNPUBLISHED_LIST);
  const unpublished = existsSync(unpublishedPath) ? unpublishedEntries(readFrontmatter(readFileSync(unpublishedPath, 'utf8'), true).data) : [];
  return redirectsOf(articles, unpublished);
}

/**
 * Writes `_redirects` into the built site, and our own page at each old address in place of
 * Astro's (src/lib/addresses.ts, redirectPage: valid HTML, in the site's language).
 */
export function redirectsFileIntegration(redirects: readonly Redirect[], lang: string): AstroIntegration {
  let base = '/';
  let siteUrl = '';
  return {
    name: 'redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        siteUrl = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects, base));
        for (const redirect of redirects) {
          const page = join(out, redirect.from, 'index.html');
          if (existsSync(page)) writeFileSync(page, redirectPage(redirect, { base, siteUrl, lang }));
        }
      },
    },
  };
}
