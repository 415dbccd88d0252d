/**
 * The content lint: `npm run check:content [file…]`. Lints every article and
 * page (links need the whole site), prints one line per finding as
 * `file:line  rule  message`, and exits 1 when there is an error.
 * Given files, it prints only their findings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { formatFinding, lintContent, summarise, type ContentFile } from '../src/lib/lint.ts';
import { siteToday } from '../src/lib/today.ts';
import { site, topicSlugs } from '../src/site.config.ts';

const folders = [
  { folder: 'content/articles', kind: 'article' },
  { folder: 'content/pages', kind: 'page' },
] as const;

/** Every file under `folder`, as paths relative to it. */
function walk(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

const files: ContentFile[] = folders.flatMap(({ folder, kind }) =>
  walk(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      path: join(folder, name),
      id: name.replace(/\.mdx$/, '').split(sep).join('/'),
      kind,
      source: readFileSync(join(folder, name), 'utf8'),
    })),
);

const publicFiles = walk('public').map((name) => `/${name.split(sep).join('/')}`);
const today = siteToday({ timeZone: site.timeZone, now: new Date(), pinned: process.env.SITE_TODAY });
const findings = lintContent(files, { today, reviewCycleMonths: site.reviewCycleMonths, topicSlugs, publicFiles });

const only = new Set(process.argv.slice(2).map((path) => relative(process.cwd(), resolve(path))));
const shown = only.size ? findings.filter((finding) => only.has(finding.file)) : findings;
for (const finding of shown) console.log(formatFinding(finding));
console.log(`content check: ${summarise(shown)} in ${only.size || files.length} file${(only.size || files.length) === 1 ? '' : 's'}.`);
process.exitCode = shown.some((finding) => finding.severity === 'error') ? 1 : 0;
