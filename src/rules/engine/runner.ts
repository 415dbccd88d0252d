/**
 * The one runner: reads the site's content from disk, runs every rule of the
 * rulebook over every file, and reports the findings with vfile-reporter.
 * `npm run check` runs it directly; `astro build` runs the same command in a
 * child process (src/rules/integration.ts), so both print the same report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { rulebook } from '../index.ts';
import { contentFolders, readContentDocument, type ContentDocument } from './document.ts';
import { severityFor, type Rule } from './rule.ts';
import { fixedRoutes } from './routes.ts';
import { buildSiteIndex, type SiteIndex, type SiteOptions } from './site.ts';

/** Every file under `folder` (relative to `root`), as paths from the root with forward slashes. */
function filesUnder(root: string, folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The components a route passes to <Content components={{ … }} />, read from the route's source. */
export function componentsPassedBy(routeSource: string | undefined): string[] {
  const match = routeSource ? /<Content\b[^>]*\bcomponents=\{\{([^}]*)\}\}/.exec(routeSource) : undefined;
  if (!match) return [];
  return (match[1] ?? '')
    .split(',')
    .map((part) => part.split(':')[0]!.trim())
    .filter((name) => /^[A-Z]\w*$/.test(name));
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export type ReadOptions = Omit<SiteOptions, 'fixedRoutes' | 'publicFiles' | 'articleComponents' | 'pageComponents' | 'fileExists' | 'fileSize'>;

/**
 * Reads every content file under `root` and what the rules need to know about the site.
 * `codeRoot` holds the site's code (its routes); it is `root` except when a test checks
 * content in a folder of its own.
 */
export function readSite(root: string, options: ReadOptions, codeRoot = root): SiteIndex {
  const documents: ContentDocument[] = contentFolders.flatMap(({ folder, kind, pattern }) =>
    filesUnder(root, folder)
      .filter((path) => pattern.test(path))
      .map((path) => readContentDocument(path, folder, kind, readFileSync(join(root, path), 'utf8'))),
  );
  return buildSiteIndex(documents, {
    ...options,
    fixedRoutes: fixedRoutes(filesUnder(codeRoot, 'src/pages').map((path) => path.slice('src/pages/'.length))),
    publicFiles: filesUnder(root, 'public').map((path) => path.slice('public'.length)),
    articleComponents: componentsPassedBy(readIfExists(join(codeRoot, 'src/pages/articles/[id].astro'))),
    pageComponents: componentsPassedBy(readIfExists(join(codeRoot, 'src/pages/[page].astro'))),
    fileExists: (path) => {
      try {
        return statSync(join(root, path)).isFile();
      } catch {
        return false;
      }
    },
    fileSize: (path) => {
      try {
        const stats = statSync(join(root, path));
        return stats.isFile() ? stats.size : undefined;
      } catch {
        return undefined;
      }
    },
  });
}

function processorFor(rules: readonly Rule[], draft: boolean): Processor<Root, Root, Root> {
  let processor = unified() as unknown as Processor<Root, Root, Root>;
  for (const rule of rules) processor = processor.use(rule.plugin, [severityFor(rule, draft)]) as unknown as Processor<Root, Root, Root>;
  return processor.freeze();
}

/** Runs `rules` over every document of the site; one VFile (with its messages) per document, in path order. */
export async function lintSite(site: SiteIndex, rules: readonly Rule[] = rulebook): Promise<VFile[]> {
  const processors = { draft: processorFor(rules, true), published: processorFor(rules, false) };
  const files: VFile[] = [];
  for (const document of site.documents) {
    const draft = document.kind === 'article' && document.data?.draft === true;
    const file = new VFile({ path: document.path, value: document.text, data: { rulebook: { document, site, draft } } });
    await (draft ? processors.draft : processors.published).run(document.tree ?? { type: 'root', children: [] }, file);
    files.push(file);
  }
  return files;
}

export interface Verdict {
  errors: number;
  warnings: number;
}

export function verdictOf(files: readonly VFile[]): Verdict {
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  return { errors, warnings: messages.length - errors };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The one-line summary: "content check: 2 errors and 1 warning in 62 files." */
export function summaryLine(files: readonly VFile[]): string {
  const { errors, warnings } = verdictOf(files);
  const found = errors || warnings ? [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ') : 'no problems';
  return `content check: ${found} in ${plural(files.length, 'file')}.`;
}

/** The findings as vfile-reporter prints them (files with no findings left out), then the summary line. */
export function formatReport(files: readonly VFile[], options: { color?: boolean } = {}): string {
  const withMessages = files.filter((file) => file.messages.length > 0);
  const findings = withMessages.length ? reporter([...withMessages], { quiet: true, color: options.color ?? false }) : '';
  // vfile-reporter ends with its own count ("✖ 2 errors", "3 messages (✖ 2 errors, ⚠ 1 warning)");
  // ours replaces it, since it also says how many files were checked.
  const body = findings.replace(/\n*\n(?:[✖⚠] |\d+ messages \().*$/u, '').replace(/\n*$/, '');
  return `${body ? `${body}\n\n` : ''}${summaryLine(files)}`;
}
