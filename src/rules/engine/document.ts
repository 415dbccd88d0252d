/**
 * One content file as the rules see it: its text, its frontmatter (or YAML
 * file) read by the one frontmatter reader (frontmatter.ts), and its MDX syntax tree, parsed
 * with the parsers Astro's MDX integration uses (remark-mdx and remark-gfm).
 * Positions are the file's own lines and columns: the frontmatter is blanked,
 * not cut, before the body is parsed (as Astro does).
 */
import type { Root } from 'mdast';
import { slug as githubSlug } from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFrontmatter } from './frontmatter.ts';
import type { YamlProblem } from './yaml-problem.ts';

/** `addresses` is content/addresses.txt and `unpublished` content/unpublished.yaml (src/lib/addresses.ts). */
export type ContentKind = 'article' | 'page' | 'reference' | 'person' | 'option' | 'glossary' | 'addresses' | 'unpublished';

/** The kinds of content that are YAML files (the rest are MDX, and content/addresses.txt is a list). */
export const yamlKinds: readonly ContentKind[] = ['reference', 'person', 'option', 'glossary', 'unpublished'];

/** The content folders, what their files are, and which files in them are entries (as src/content.config.ts loads them). */
export const contentFolders: ReadonlyArray<{ folder: string; kind: ContentKind; pattern: RegExp }> = [
  { folder: 'content/articles', kind: 'article', pattern: /\.mdx$/ },
  { folder: 'content/pages', kind: 'page', pattern: /\.mdx$/ },
  { folder: 'content/references', kind: 'reference', pattern: /\.ya?ml$/ },
  { folder: 'content/people', kind: 'person', pattern: /\.ya?ml$/ },
  { folder: 'content/options', kind: 'option', pattern: /\.ya?ml$/ },
  { folder: 'content/glossary', kind: 'glossary', pattern: /\.ya?ml$/ },
  { folder: 'content', kind: 'addresses', pattern: /^content\/addresses\.txt$/ },
  { folder: 'content', kind: 'unpublished', pattern: /^content\/unpublished\.ya?ml$/ },
];

export interface Point {
  line: number;
  column: number;
}

export interface ContentDocument {
  /** Path from the project root, with forward slashes: what every message names. */
  path: string;
  kind: ContentKind;
  /** The path inside its folder without the extension, as written ("My Post"). */
  name: string;
  /** The entry id Astro makes from the name ("my-post"), which is also its address. */
  id: string;
  text: string;
  /** The fields, when the YAML could be read (`{}` for a file with no frontmatter). */
  data: Record<string, unknown> | undefined;
  /** Why the frontmatter (or YAML file) cannot be read, with its place in the file. */
  yamlProblem: (YamlProblem & { column: number }) | undefined;
  /** Where each top-level field is written. */
  fieldPlaces: ReadonlyMap<string, Point>;
  /** The MDX syntax tree; undefined for YAML files and for MDX that cannot be parsed. */
  tree: Root | undefined;
  /** Why the MDX cannot be parsed, with its place in the file. */
  mdxProblem: { reason: string; place: Point } | undefined;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The entry id Astro's glob loader gives a file: each folder and the name slugged, `/index` dropped. */
export function entryId(name: string): string {
  return name
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

function parseMdx(body: string): Pick<ContentDocument, 'tree' | 'mdxProblem'> {
  try {
    return { tree: parser.parse(body), mdxProblem: undefined };
  } catch (error) {
    // A VFileMessage from micromark: `place` is a point or a range. Some (errors at the end of the
    // file) carry the position only in the reason: "… (11:1-11:12)".
    const thrown = error as { place?: Partial<Point> & { start?: Point }; reason?: string; message: string };
    const reason = thrown.reason ?? thrown.message;
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
    const start = thrown.place?.start ?? thrown.place;
    const place = {
      line: start?.line ?? Number(inText?.[1] ?? 1),
      column: start?.column ?? Number(inText?.[2] ?? 1),
    };
    return { tree: undefined, mdxProblem: { reason: reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, ''), place } };
  }
}

/** Reads one content file. `path` is relative to the project root; `folder` is its content folder. */
export function readContentDocument(path: string, folder: string, kind: ContentKind, text: string): ContentDocument {
  const name = path.slice(folder.length + 1).replace(/\.[^./]+$/, '');
  const base = { path, kind, name, id: entryId(name), text };
  if (kind === 'addresses') return { ...base, data: {}, yamlProblem: undefined, fieldPlaces: new Map(), tree: undefined, mdxProblem: undefined };
  const yamlFile = yamlKinds.includes(kind);
  const { data, problem, fieldPlaces, body } = readFrontmatter(text, yamlFile);
  const fields = { data, yamlProblem: problem, fieldPlaces };
  if (yamlFile) return { ...base, ...fields, tree: undefined, mdxProblem: undefined };
  return { ...base, ...fields, ...parseMdx(body) };
}

/** True when the file has nothing in it but white space. */
export function isEmptyDocument(document: Pick<ContentDocument, 'text'>): boolean {
  return document.text.trim() === '';
}
