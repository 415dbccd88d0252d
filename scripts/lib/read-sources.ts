/**
 * Reads what finding a source needs from disk: each reference file in
 * content/references/ and each article's `tags` and `sources` frontmatter.
 * A file that cannot be read is reported, not fatal: `npm run check` explains it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { optionSources, parseOptionIds, selectOptions } from '../../src/lib/options.ts';
import { readOptions } from '../../src/remark/site-data.ts';
import { readFrontmatter } from '../../src/rules/engine/frontmatter.ts';
import { topics } from '../../src/site.config.ts';
import { indexSources, sourcesByTopicTable, type ArticleCitations, type ReferenceSummary } from './sources.ts';

export interface SourceFiles {
  references: ReferenceSummary[];
  articles: ArticleCitations[];
  /** Files skipped because their YAML could not be read, relative to the root. */
  unreadable: string[];
}

function filesUnder(folder: string, pattern: RegExp): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => pattern.test(name))
      .sort();
  } catch {
    return [];
  }
}

/** The fields of a file (through the one frontmatter reader), or undefined when its YAML cannot be read or it has none. */
function fieldsOf(path: string, yamlFile: boolean): Record<string, unknown> | undefined {
  const read = readFrontmatter(readFileSync(path, 'utf8'), yamlFile);
  return read.found ? read.data : undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The references and articles of the site at `root` (the repository folder). */
export function readSourceFiles(root: string): SourceFiles {
  const unreadable: string[] = [];
  const referencesFolder = join(root, 'content/references');
  const references = filesUnder(referencesFolder, /\.ya?ml$/).flatMap((name): ReferenceSummary[] => {
    const data = fieldsOf(join(referencesFolder, name), true);
    if (!data) {
      unreadable.push(relative(root, join(referencesFolder, name)));
      return [];
    }
    return [
      {
        id: name.replace(/\.ya?ml$/, '').split(sep).join('/'),
        year: typeof data.year === 'number' ? data.year : undefined,
        title: text(data.title),
        finding: text(data.finding),
        strength: text(data.strength),
      },
    ];
  });

  const articlesFolder = join(root, 'content/articles');
  const options = readOptions(root);
  const articles = filesUnder(articlesFolder, /\.mdx$/).flatMap((name): ArticleCitations[] => {
    const source = readFileSync(join(articlesFolder, name), 'utf8');
    const read = readFrontmatter(source, false);
    const data = read.found ? read.data : undefined;
    if (!data) {
      unreadable.push(relative(root, join(articlesFolder, name)));
      return [];
    }
    // An options table cites its rows' sources: <SleepOptions /> or <SleepOptions only={["cbt-i", …]} />.
    const tables = [...source.matchAll(/<SleepOptions\b(?:[^>]*?\bonly=\{([^}]*)\})?[^>]*>/g)].map((table) => (table[1] === undefined ? undefined : (parseOptionIds(table[1]) ?? [])));
    const tableSources = tables.flatMap((only) => optionSources(selectOptions(options, only)));
    const listed = strings(data.sources);
    return [{ id: name.replace(/\.mdx$/, '').split(sep).join('/'), tags: strings(data.tags), sources: [...listed, ...tableSources.filter((id) => !listed.includes(id))] }];
  });

  return { references, articles, unreadable };
}

/** The "sources by topic" table of docs/editing.md for the site at `root`. */
export function sourcesByTopicDocs(root: string): string {
  const { references, articles } = readSourceFiles(root);
  return sourcesByTopicTable(indexSources(references, articles, topics), topics);
}
