/** What the build produced, read from dist/: the tests never rely on a hand-kept list of pages. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** URL paths of every built HTML page except the 404 page, e.g. "/articles/x/". */
export function builtPages(): string[] {
  return htmlFiles(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`)
    .filter((path) => path !== '/404.html')
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

/** URL paths of every built article page. */
export function builtArticles(): string[] {
  return builtPages().filter((path) => /^\/articles\/[^/]+\/$/.test(path));
}
