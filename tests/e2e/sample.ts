/**
 * Which pages the browser-only checks (axe, layout, page loads) visit, so the
 * suite's time does not grow with every article an editor adds:
 * - one page of every kind (each template: home, archive, topics, search, one
 *   standing page such as /about/ …);
 * - a fixed sample of articles: the longest (most to lay out and weigh) and a
 *   few spread evenly over the list, the same on every run;
 * - every article and standing page changed on this branch against main, every
 *   article that cites a changed reference, and every article with the options
 *   table when an option changed (`git diff main...`, plus uncommitted changes).
 * Checks that need no browser (structure, links, metadata, budgets) read every
 * built page from dist/ instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { builtArticles, builtPages } from './built-site';
import { builtFile, builtHtml, onePagePerType } from './page-checks';

/** Articles in the fixed sample, besides the longest one. */
export const SPREAD_SAMPLE_SIZE = 3;

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Files changed on this branch since it left main (origin/main in CI), plus uncommitted changes; none outside a git checkout. */
export function changedFiles(): string[] {
  const base = ['origin/main', 'main'].find((ref) => git(['rev-parse', '--verify', '--quiet', ref]) !== undefined);
  const committed = base ? (git(['diff', '--name-only', `${base}...HEAD`]) ?? '') : '';
  const uncommitted = git(['diff', '--name-only', 'HEAD']) ?? '';
  return [...new Set(`${committed}\n${uncommitted}`.split('\n').filter(Boolean))];
}

/** The article pages a list of changed files touches: the articles themselves and those citing a changed reference. */
export function articlesTouchedBy(files: readonly string[], articles: readonly string[]): string[] {
  const articleIds = files.flatMap((file) => file.match(/^content\/articles\/(.+)\.mdx$/)?.slice(1) ?? []);
  const referenceIds = files.flatMap((file) => file.match(/^content\/references\/(.+)\.ya?ml$/)?.slice(1) ?? []);
  const optionsChanged = files.some((file) => /^content\/options\//.test(file));
  return articles.filter((path) => {
    const id = path.split('/')[2]!;
    if (articleIds.includes(id)) return true;
    // A changed option changes every page that shows the options table.
    if (optionsChanged && builtHtml(path).includes('data-testid="sleep-options"')) return true;
    if (referenceIds.length === 0) return false;
    const html = builtHtml(path);
    return referenceIds.some((reference) => html.includes(` id="source-${reference}"`));
  });
}

/** The fixed sample: the longest article and SPREAD_SAMPLE_SIZE more, evenly spaced in path order. */
export function articleSample(articles: readonly string[], size = SPREAD_SAMPLE_SIZE): string[] {
  if (articles.length === 0) return [];
  const sorted = [...articles].sort();
  const bytes = (path: string) => (existsSync(builtFile(path)) ? statSync(builtFile(path)).size : 0);
  const longest = sorted.reduce((best, path) => (bytes(path) > bytes(best) ? path : best));
  const step = sorted.length / size;
  const spread = Array.from({ length: Math.min(size, sorted.length) }, (_, index) => sorted[Math.floor(index * step)]!);
  return [...new Set([longest, ...spread])];
}

/** The standing pages (content/pages/) a list of changed files touches. */
export function standingPagesTouchedBy(files: readonly string[], pages: readonly string[]): string[] {
  const ids = files.flatMap((file) => file.match(/^content\/pages\/(.+)\.mdx$/)?.slice(1) ?? []);
  return pages.filter((path) => ids.includes(/^\/([^/]+)\/$/.exec(path)?.[1] ?? ''));
}

/** The articles and standing pages this branch changed (or that cite what it changed). */
export function touchedPages(): string[] {
  const changed = changedFiles();
  return [...articlesTouchedBy(changed, builtArticles()), ...standingPagesTouchedBy(changed, builtPages())];
}

/** Every page kind, the article sample and the pages this branch touched, each once, in a stable order. */
export function browserPages(): string[] {
  return [...new Set([...onePagePerType(builtPages()), ...articleSample(builtArticles()), ...touchedPages()])];
}
