/**
 * Addresses never silently break: renaming a published article without
 * `redirectFrom` fails both the check and the build, naming the old address in
 * content/addresses.txt; with it, the old address serves a redirect page to the
 * new one (noindex, canonical), listed in `_redirects` and in neither the
 * sitemap nor the search index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixtureAsync, fixtureEnv, removeFixture, type FixtureBuild } from './fixture-site';

const projectRoot = resolve(import.meta.dirname, '../..');
const renamed = (frontmatter: Record<string, string> = {}) => articleSource({ title: '"Foot massage at bedtime"', ...frontmatter });
/** The list as `npm run addresses` left it before the rename: the old article's address is on it. */
const addresses = '# Every address this site has published.\n/articles/\n/articles/foot-massage/\n';

function check(root: string): { status: number | null; output: string } {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(root, 'src/rules/cli.ts')], { cwd: root, encoding: 'utf8', env: fixtureEnv() });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const builds: FixtureBuild[] = [];
afterAll(() => builds.forEach(removeFixture));

describe('renaming a published article', () => {
  it('without redirectFrom fails the check and the build at the old address, with the fix', async () => {
    const build = await buildFixtureAsync({ 'content/addresses.txt': addresses, 'content/articles/foot-massage-at-bedtime.mdx': renamed() });
    builds.push(build);
    const checked = check(build.root);
    for (const output of [checked.output, build.output]) {
      expect(output).toContain('content/addresses.txt');
      expect(output).toMatch(/3:1\s+error\s+\/articles\/foot-massage\/ was published, and the site no longer serves it/);
      expect(output).toContain('add redirectFrom: ["/articles/foot-massage/"] to its frontmatter (did it become /articles/foot-massage-at-bedtime/?)');
    }
    expect(checked.status).toBe(1);
    expect(build.status).not.toBe(0);
  }, 240_000);

  it('with redirectFrom builds a redirect page at the old address, in _redirects and in neither the sitemap nor the search index', async () => {
    const build = await buildFixtureAsync({
      'content/addresses.txt': addresses,
      'content/articles/foot-massage-at-bedtime.mdx': renamed({ redirectFrom: '["/articles/foot-massage/"]' }),
    });
    builds.push(build);
    expect(check(build.root).status).toBe(0);
    expect(build.status, build.output).toBe(0);
    const dist = join(build.root, 'dist');
    const page = readFileSync(join(dist, 'articles/foot-massage/index.html'), 'utf8');
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/articles\/foot-massage-at-bedtime\/">/);
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/articles/foot-massage-at-bedtime/">');
    expect(page).toMatch(/This page has moved to <a href="\/articles\/foot-massage-at-bedtime\/">/);
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe('/articles/foot-massage/ /articles/foot-massage-at-bedtime/ 301\n');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/articles/foot-massage-at-bedtime/</loc>');
    expect(sitemap).not.toContain('/articles/foot-massage/</loc>');
    // Pagefind indexed the one article, not the redirect page beside it.
    expect(existsSync(join(dist, 'pagefind'))).toBe(true);
    expect(build.output).toContain('indexed the site for search (1 page)');
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(1);
  }, 240_000);
});
