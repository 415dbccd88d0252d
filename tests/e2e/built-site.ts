/** What the build produced, read from dist/: the tests never rely on a hand-kept list of pages. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Old addresses the build answers with a redirect page (the first column of dist/_redirects; the tests build without a base path). */
export function builtRedirects(): string[] {
  const file = join(dist, '_redirects');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').flatMap((line) => line.split(' ')[0] || []) : [];
}

/** URL paths of every built HTML page except the 404 page and the redirect pages at old addresses, e.g. "/articles/x/". */
export function builtPages(): string[] {
  const redirects = new Set(builtRedirects());
  return htmlFiles(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`)
    .filter((path) => path !== '/404.html')
    .filter((path) => !redirects.has(path.replace(/index\.html$/, '')))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

/** URL paths of every built article page. */
export function builtArticles(): string[] {
  return builtPages().filter((path) => /^\/articles\/[^/]+\/$/.test(path));
}
