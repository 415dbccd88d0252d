/**
 * The content lint: problems in articles and pages that the schema cannot see
 * (broken links and anchors, heading structure, images without alt text,
 * citations that do not match `sources`, placeholders left in). Pure: it takes
 * the files' text and today's date, and returns one finding per problem, each
 * with the file and line so an editor's tools can jump to it.
 *
 * MDX is parsed with the same parser Astro's MDX integration uses (remark-mdx
 * and remark-gfm), so what the check sees is what the build sees.
 */
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as textOf } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { isPlaceholderDescription } from './article-template.ts';
import { sourceAnchor } from './citations.ts';
import { addMonths, isCalendarDate, type CalendarDate } from './dates.ts';
import { closestMatch } from './errors.ts';
import { evidenceLevelSlugs, isEvidenceLevel } from './evidence.ts';
import { YAML_FIX, yamlProblem } from './yaml-problem.ts';
import { articleRoute, layoutAnchors, pageRoute, siteRoutes, staticRouteAnchors } from './routes.ts';

export type Severity = 'error' | 'warning';

/** Every rule, what it finds, and whether it stops `npm run check`. docs/editing.md lists them from here. */
export const lintRules = {
  'mdx-syntax': { severity: 'error', finds: 'The file cannot be read as MDX: an unclosed tag, or a stray `<` or `{`.' },
  frontmatter: { severity: 'error', finds: 'The frontmatter between the `---` lines is not valid YAML.' },
  'broken-link': { severity: 'error', finds: 'A link to a page of this site that does not exist.' },
  'unpublished-link': { severity: 'error', finds: 'A link from a published page to a draft, or to an article that goes live later.' },
  'broken-anchor': { severity: 'error', finds: 'A link to a `#fragment` that is not on the page it points to.' },
  'image-alt': { severity: 'error', finds: 'An image without alt text.' },
  'heading-h1': { severity: 'error', finds: 'A `# Heading` (h1) in the text: the title is the page\'s only h1, so sections start at `##`.' },
  'heading-skip': { severity: 'error', finds: 'A heading that skips a level, such as a `###` with no `##` above it.' },
  'empty-section': { severity: 'error', finds: 'A heading followed directly by a heading of the same or a higher level, or by nothing.' },
  'cite-unknown': { severity: 'error', finds: 'A `<Cite id="…" />` whose id is not in the article\'s `sources`, or that has no id.' },
  'source-uncited': { severity: 'error', finds: 'A source listed in `sources` that the text never cites.' },
  'evidence-level': { severity: 'error', finds: 'An `<Evidence level="…" />` whose level is not on the evidence scale.' },
  'description-todo': { severity: 'error', finds: 'A description that is still the TODO placeholder.' },
  todo: { severity: 'error', finds: 'A TODO left in the text.' },
  'review-overdue': { severity: 'warning', finds: 'An article whose next review date has passed.' },
} as const satisfies Record<string, { severity: Severity; finds: string }>;

export type RuleId = keyof typeof lintRules;

export interface Finding {
  file: string;
  line: number;
  rule: RuleId;
  severity: Severity;
  message: string;
}

export interface ContentFile {
  /** Path shown in findings, relative to the project root. */
  path: string;
  /** The collection entry id (the file name without `.mdx`). */
  id: string;
  kind: 'article' | 'page';
  source: string;
}

export interface LintOptions {
  today: CalendarDate;
  reviewCycleMonths: number;
  topicSlugs: readonly string[];
  /** Files in public/, as root-relative paths ("/favicon.svg"). */
  publicFiles?: readonly string[];
}

/** Components that render a heading of their own, at this level, with this fragment id. */
const componentHeadings: Readonly<Record<string, { depth: number; id?: string; label: string }>> = {
  KeyPoints: { depth: 2, id: 'key-points-heading', label: 'the <KeyPoints> box (an h2)' },
  SeeADoctor: { depth: 2, label: 'the <SeeADoctor> card (an h2)' },
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

interface OutlineHeading {
  kind: 'heading';
  depth: number;
  line: number;
  text: string;
  component: boolean;
}
type OutlineItem = OutlineHeading | { kind: 'content' };

interface ParsedFile {
  file: ContentFile;
  route: string;
  data: Record<string, unknown>;
  /** File line of each top-level frontmatter key. */
  keyLines: Map<string, number>;
  frontmatterLines: string[];
  tree: Root | undefined;
  anchors: Set<string>;
  draft: boolean;
  pubDate: string | undefined;
  sources: string[];
  citedIds: string[];
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function line(node: { position?: { start: { line: number } } | undefined } | undefined, fallback = 1): number {
  return node?.position?.start.line ?? fallback;
}

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A JSX attribute's value when it is plain text; `undefined` when absent, `null` when it is an expression. */
function attribute(node: JsxElement, name: string): string | null | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  if (found.value === null || found.value === undefined) return '';
  return typeof found.value === 'string' ? found.value : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function parseFile(file: ContentFile, findings: Finding[]): ParsedFile {
  const add = (lineNumber: number, rule: RuleId, message: string) =>
    findings.push({ file: file.path, line: lineNumber, rule, severity: lintRules[rule].severity, message });

  const match = FRONTMATTER.exec(file.source);
  const frontmatterText = match?.[1] ?? '';
  const frontmatterLines = match ? frontmatterText.split(/\r?\n/) : [];
  // Blank out the frontmatter but keep its lines, so body positions are file lines.
  const body = match ? '\n'.repeat(match[0].split('\n').length - 1) + file.source.slice(match[0].length) : file.source;

  let data: Record<string, unknown> = {};
  const problem = match ? yamlProblem(frontmatterText) : undefined;
  if (problem) {
    add(problem.line + 1, 'frontmatter', `the frontmatter is not valid YAML: ${problem.reason}. ${YAML_FIX}`);
  } else if (match) {
    const parsed: unknown = parseYaml(frontmatterText);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  }

  const keyLines = new Map<string, number>();
  frontmatterLines.forEach((text, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, index + 2);
  });

  let tree: Root | undefined;
  try {
    tree = processor.parse(body);
  } catch (error) {
    // A VFileMessage from the MDX parser: `place` is a point or a range.
    // Some (errors at the end of the file) carry the position only in the text: "… (11:1-11:12)".
    const where = error as { place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const reason = where.reason ?? where.message;
    const inText = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason);
    const at = where.place?.start?.line ?? where.place?.line ?? Number(inText?.[1] ?? 1);
    add(at, 'mdx-syntax', `this cannot be read as MDX: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '')}.`);
  }

  const sources = stringList(data.sources);
  const citedIds: string[] = [];
  const anchors = new Set<string>(layoutAnchors);
  if (tree) {
    const slugger = new GithubSlugger();
    visit(tree, (node) => {
      // Astro gives every Markdown heading an id made from its text, in order, with github-slugger.
      if (node.type === 'heading') anchors.add(slugger.slug(textOf(node, { includeImageAlt: false })));
      if (isJsx(node)) {
        const id = attribute(node, 'id');
        if (node.name === 'Cite' && id) citedIds.push(id);
        else if (id) anchors.add(id);
        const component = node.name ? componentHeadings[node.name] : undefined;
        if (component?.id) anchors.add(component.id);
      }
    });
  }
  const citedSources = sources.filter((id) => citedIds.includes(id));
  if (citedSources.length > 0) anchors.add('sources-heading');
  for (const id of citedSources) anchors.add(sourceAnchor(id));

  return {
    file,
    route: file.kind === 'article' ? articleRoute(file.id) : pageRoute(file.id),
    data,
    keyLines,
    frontmatterLines,
    tree,
    anchors,
    draft: data.draft === true,
    pubDate: typeof data.pubDate === 'string' ? data.pubDate : undefined,
    sources,
    citedIds,
  };
}

/** The headings and content blocks of a body, in reading order, as the built page will have them. */
function outline(nodes: readonly RootContent[], items: OutlineItem[] = []): OutlineItem[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        items.push({ kind: 'heading', depth: node.depth, line: line(node), text: textOf(node), component: false });
        break;
      case 'mdxjsEsm':
      case 'mdxFlowExpression': // comments such as {/* … */}
      case 'definition':
      case 'thematicBreak':
        break;
      case 'mdxJsxFlowElement': {
        const component = node.name ? componentHeadings[node.name] : undefined;
        const htmlHeading = /^h([1-6])$/.exec(node.name ?? '');
        if (component) {
          items.push({ kind: 'heading', depth: component.depth, line: line(node), text: component.label, component: true });
          outline(node.children, items);
        } else if (htmlHeading) {
          items.push({ kind: 'heading', depth: Number(htmlHeading[1]), line: line(node), text: textOf(node), component: false });
        } else if (node.children.length > 0) {
          outline(node.children, items);
        } else {
          items.push({ kind: 'content' });
        }
        break;
      }
      default:
        items.push({ kind: 'content' });
    }
  }
  return items;
}

function describeHeading(heading: OutlineHeading): string {
  return heading.component ? heading.text : `"${'#'.repeat(heading.depth)} ${heading.text}"`;
}

function lintHeadings(items: readonly OutlineItem[], add: (line: number, rule: RuleId, message: string) => void): void {
  // The page title is the h1, so the body starts under a level-1 heading.
  let previousDepth = 1;
  items.forEach((item, index) => {
    if (item.kind !== 'heading') return;
    if (item.depth === 1) {
      add(item.line, 'heading-h1', `${describeHeading(item)} is an h1, but the page title is already the h1. Use "## ${item.text}".`);
    } else if (item.depth > previousDepth + 1) {
      add(
        item.line,
        'heading-skip',
        `${describeHeading(item)} is a level-${item.depth} heading straight after level ${previousDepth}. Use ${'#'.repeat(previousDepth + 1)}, or add the missing level above it.`,
      );
    }
    previousDepth = item.depth;
    const next = items[index + 1];
    if (!next) {
      add(item.line, 'empty-section', `${describeHeading(item)} has nothing after it. Add its text, or remove the heading.`);
    } else if (next.kind === 'heading' && next.depth <= item.depth) {
      add(item.line, 'empty-section', `${describeHeading(item)} is followed directly by ${describeHeading(next)}, so its section is empty. Add its text, or remove the heading.`);
    }
  });
}

interface SiteIndex {
  routes: Set<string>;
  byRoute: Map<string, ParsedFile>;
  today: CalendarDate;
}

/** Checks one link written in `from`; returns nothing when it is fine or not ours (https:, mailto:). */
function checkLink(url: string, from: ParsedFile, site: SiteIndex): [RuleId, string] | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  if (url === '') return ['broken-link', 'a link has no address. Add one, such as /articles/example/.'];
  const resolved = new URL(url, `https://site.invalid${from.route}`);
  const path = decodeURI(resolved.pathname);
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  const written = url.startsWith('/') || url.startsWith('#') ? url : `${url} (that is, ${path}${resolved.hash})`;

  if (!site.routes.has(path)) {
    if (site.routes.has(`${path}/`)) return ['broken-link', `links to ${written}, which needs a slash at the end: ${path}/${resolved.hash}`];
    // A likely typo is a route as deep as the link (not the archive for a missing article), other than this page.
    const depth = (route: string) => route.split('/').filter(Boolean).length;
    const guess = closestMatch(path, [...site.routes].filter((route) => route !== from.route && depth(route) === depth(path)));
    return ['broken-link', `links to ${written}, which does not exist on this site.${guess ? ` Did you mean ${guess}?` : ''}`];
  }

  const target = site.byRoute.get(path);
  const fromIsLive = from.file.kind === 'page' || !from.draft;
  if (target?.file.kind === 'article' && fromIsLive) {
    if (target.draft) {
      return ['unpublished-link', `links to ${path}, which is a draft, so the link would be broken on the live site. Publish that article first, or remove the link.`];
    }
    const goesLiveFrom = from.file.kind === 'article' ? from.pubDate : site.today;
    if (target.pubDate && goesLiveFrom && target.pubDate > goesLiveFrom) {
      return [
        'unpublished-link',
        `links to ${path}, which is published on ${target.pubDate}, after this page (${goesLiveFrom}), so the link would be broken until then.`,
      ];
    }
  }

  if (fragment) {
    const known = target ? target.anchors : staticRouteAnchors[path] ? new Set([...staticRouteAnchors[path]!, ...layoutAnchors]) : undefined;
    if (known && !known.has(fragment)) {
      const guess = closestMatch(fragment, [...known]);
      const where = target === from ? 'this page' : path;
      return ['broken-anchor', `links to #${fragment}, which is not on ${where}.${guess ? ` Did you mean #${guess}?` : ''}`];
    }
  }
  return undefined;
}

function lintFile(parsed: ParsedFile, site: SiteIndex, options: LintOptions, findings: Finding[]): void {
  const { file, data, keyLines, tree } = parsed;
  const add = (lineNumber: number, rule: RuleId, message: string) =>
    findings.push({ file: file.path, line: lineNumber, rule, severity: lintRules[rule].severity, message });
  const keyLine = (key: string) => keyLines.get(key) ?? 1;
  /** The frontmatter line that mentions `text` under `key` (a list item), else the key's line. */
  const itemLine = (key: string, text: string) => {
    const start = keyLine(key);
    for (let index = start - 2; index < parsed.frontmatterLines.length; index++) {
      const current = parsed.frontmatterLines[index] ?? '';
      if (index > start - 2 && /^[A-Za-z_][\w-]*\s*:/.test(current)) break;
      if (new RegExp(`(^|[^\\w-])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`).test(current)) return index + 2;
    }
    return start;
  };

  if (file.kind === 'article') {
    if (typeof data.description === 'string' && isPlaceholderDescription(data.description)) {
      add(keyLine('description'), 'description-todo', 'the description is still the TODO placeholder. Write one or two sentences (50 to 160 characters) that tell a searcher what the article answers.');
    }
    if (!parsed.draft && typeof data.lastReviewed === 'string' && isCalendarDate(data.lastReviewed)) {
      const nextReview =
        typeof data.nextReview === 'string' && isCalendarDate(data.nextReview)
          ? data.nextReview
          : addMonths(data.lastReviewed, options.reviewCycleMonths);
      if (nextReview < options.today) {
        add(
          keyLine(typeof data.nextReview === 'string' ? 'nextReview' : 'lastReviewed'),
          'review-overdue',
          `the next review was due on ${nextReview}. Check the article against its sources, then set lastReviewed to the day you did.`,
        );
      }
    }
  }

  if (!tree) return;

  lintHeadings(outline(tree.children), add);

  const todoLines = new Set<number>();
  visit(tree, (node) => {
    if (node.type === 'text' && /\bTODO\b/.test(node.value) && !todoLines.has(line(node))) {
      todoLines.add(line(node));
      add(line(node), 'todo', `a TODO is left in the text: "${node.value.trim().slice(0, 60)}". Replace it with the real text.`);
    }
    if (node.type === 'link' || node.type === 'definition') {
      const problem = checkLink(node.url, parsed, site);
      if (problem) add(line(node), ...problem);
    }
    if (node.type === 'image') {
      if (!node.alt?.trim()) add(line(node), 'image-alt', `the image ${node.url} has no alt text. Write what it shows between the brackets: ![A person massaging their neck](${node.url}).`);
      const problem = node.url.startsWith('/') ? checkLink(node.url, parsed, site) : undefined;
      if (problem) add(line(node), ...problem);
    }
    if (node.type === 'imageReference' && !node.alt?.trim()) {
      add(line(node), 'image-alt', 'an image has no alt text. Write what it shows between the brackets.');
    }
    if (!isJsx(node)) return;
    const name = node.name ?? '';
    if (name === 'a') {
      const href = attribute(node, 'href');
      if (typeof href === 'string') {
        const problem = checkLink(href, parsed, site);
        if (problem) add(line(node), ...problem);
      }
    }
    if (name === 'img' || name === 'Image' || name === 'Picture') {
      const alt = attribute(node, 'alt');
      if (alt === undefined || alt === '' || (typeof alt === 'string' && !alt.trim())) {
        add(line(node), 'image-alt', `<${name}> has no alt text. Add alt="…" saying what the image shows.`);
      }
    }
    if (name === 'Cite' && file.kind === 'article') {
      const id = attribute(node, 'id');
      if (!id) {
        add(line(node), 'cite-unknown', '<Cite /> has no id. Write <Cite id="source-id" /> with an id from sources.');
      } else if (!parsed.sources.includes(id)) {
        const guess = closestMatch(id, parsed.sources);
        add(
          line(node),
          'cite-unknown',
          `<Cite id="${id}" /> cites a source that is not in this article's sources.${guess ? ` Did you mean "${guess}"?` : ` Add "${id}" to sources, or correct the id.`}`,
        );
      }
    }
    if (name === 'Evidence') {
      const level = attribute(node, 'level');
      if (typeof level !== 'string' || !isEvidenceLevel(level)) {
        const guess = typeof level === 'string' ? closestMatch(level, evidenceLevelSlugs) : undefined;
        add(
          line(node),
          'evidence-level',
          `<Evidence level="${level ?? ''}" /> is not on the evidence scale. Use one of ${evidenceLevelSlugs.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`,
        );
      }
    }
  });

  if (file.kind === 'article') {
    for (const id of parsed.sources) {
      if (!parsed.citedIds.includes(id)) {
        add(itemLine('sources', id), 'source-uncited', `"${id}" is in sources but the text never cites it. Cite it with <Cite id="${id}" /> after the claim it supports, or remove it from sources.`);
      }
    }
  }
}

/** Lints every file against the whole site (links need to know every page). */
export function lintContent(files: readonly ContentFile[], options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const parsed = files.map((file) => parseFile(file, findings));
  const site: SiteIndex = {
    routes: siteRoutes({
      articleIds: files.filter((file) => file.kind === 'article').map((file) => file.id),
      pageIds: files.filter((file) => file.kind === 'page').map((file) => file.id),
      topicSlugs: options.topicSlugs,
      ...(options.publicFiles ? { publicFiles: options.publicFiles } : {}),
    }),
    byRoute: new Map(parsed.map((file) => [file.route, file])),
    today: options.today,
  };
  for (const file of parsed) lintFile(file, site, options, findings);
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

/** `file:line  rule  message`, the format editors' tools turn into a link to the line. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}  ${finding.rule}  ${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message}`;
}

/** "2 errors and 1 warning", or "no problems". */
export function summarise(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (!findings.length) return 'no problems';
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
}
