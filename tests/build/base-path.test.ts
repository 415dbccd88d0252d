/**
 * The same site works from a sub-path (GitHub Pages serves a project site at
 * https://<owner>.github.io/<repository>/). Built with BASE_PATH=/knead-to-sleep
 * and the real articles, every internal link, image, stylesheet and script in
 * every page points inside the base and at a file the build wrote, and every
 * #fragment is an id on the page it points to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureAsync, filesUnder, removeFixture, type FixtureBuild } from './fixture-site';

const base = '/knead-to-sleep';
const origin = 'https://example.github.io';
/** The site's own files in a content folder: its articles, and the options and glossary terms they show. */
const realFiles = (folder: string, extension: string) =>
  readdirSync(join(import.meta.dirname, '../..', folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => [`${folder}/${name}`, readFileSync(join(import.meta.dirname, '../..', folder, name), 'utf8')] as const);
const realArticles = Object.fromEntries([...realFiles('content/articles', '.mdx'), ...realFiles('content/options', '.yaml'), ...realFiles('content/glossary', '.yaml')]);

let build: FixtureBuild;
let dist: string;
beforeAll(async () => {
  build = await buildFixtureAsync(realArticles, { BASE_PATH: base, SITE_URL: origin });
  dist = join(build.root, 'dist');
});
afterAll(() => {
  if (build) removeFixture(build);
});

/** Every URL in an href, src or srcset attribute of the page. */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const [, name, value] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    if (name === 'srcset') urls.push(...value!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
    else urls.push(value!.replace(/&amp;/g, '&'));
  }
  return urls;
}

const idsIn = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));

describe(`a build served from ${base}/`, () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('does not warn that content/people is empty: no clinical reviewer yet is the expected state', () => {
    expect(build.output).not.toContain('No files found');
    expect(build.output).not.toContain('content/people');
  });

  it('has every internal link in every page resolve to a built file and an existing #fragment', () => {
    const pages = filesUnder(dist).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(6);
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      // Canonical URLs are not links a reader follows; the next test checks them.
      const html = readFileSync(page, 'utf8').replace(/<link[^>]*rel="canonical"[^>]*>/g, '');
      const pageName = relative(dist, page);
      for (const url of urlsIn(html)) {
        const local = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
        if (/^[a-z][a-z0-9+.-]*:/i.test(local) || local.startsWith('//') || local === '') continue;
        checked++;
        const [pathPart = '', fragment] = local.split('#');
        let target = page;
        if (pathPart) {
          if (!pathPart.startsWith(`${base}/`)) {
            problems.push(`${pageName}: ${url} is outside ${base}/`);
            continue;
          }
          const path = decodeURI(pathPart.slice(base.length).split('?')[0]!);
          target = join(dist, path.endsWith('/') ? `${path}index.html` : path);
          let exists = false;
          try {
            exists = statSync(target).isFile();
          } catch {
            exists = false;
          }
          if (!exists) {
            problems.push(`${pageName}: ${url} has no file in dist`);
            continue;
          }
        }
        if (fragment && target.endsWith('.html') && !idsIn(readFileSync(target, 'utf8')).has(decodeURIComponent(fragment))) {
          problems.push(`${pageName}: ${url} points to #${fragment}, which is not on that page`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('gives every page a canonical URL on the site origin, inside the base, naming the page itself', () => {
    // The 404 page is served at any address, so it has no address of its own to name.
    const pages = filesUnder(dist).filter((path) => path.endsWith('.html') && relative(dist, path) !== '404.html');
    // A redirect page at an old address names the new address instead (dist/_redirects: "from to status").
    const redirects = new Map(readFileSync(join(dist, '_redirects'), 'utf8').split('\n').filter(Boolean).map((line) => line.split(' ') as [string, string]));
    for (const page of pages) {
      const path = `${base}/${relative(dist, page).replace(/index\.html$/, '')}`;
      const own = `${origin}${redirects.get(path) ?? path}`;
      const canonical = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1];
      expect(canonical, relative(dist, page)).toBe(own);
    }
  });

  it('prefixes links written in article text, such as /articles/…/, with the base', () => {
    const html = readFileSync(join(dist, 'articles/how-massage-may-help-sleep/index.html'), 'utf8');
    expect(html).toContain(`href="${base}/articles/bedtime-self-massage-routine/"`);
    expect(html).not.toMatch(/href="\/articles\//);
  });
});
