/**
 * What the rules know about the whole site: every content document, which
 * articles are live today, every address the built site serves (from the same
 * publishing, topic and pagination functions the pages use), the fragment ids
 * on each page, the files in public/, the components articles may use and the
 * references' strengths. Built once per run; rules only read it.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { redirectsOf, unpublishedEntries } from '../../lib/addresses.ts';
import { isPublished } from '../../lib/articles.ts';
import { sourceAnchor } from '../../lib/citations.ts';
import { glossaryAnchor, glossaryFromFields, type GlossaryEntry } from '../../lib/glossary.ts';
import { optionFromFields, optionSources, selectOptions, sleepOptionsOnly, type OptionData } from '../../lib/options.ts';
import type { CalendarDate } from '../../lib/dates.ts';
import { ARCHIVE_PAGE_SIZE, archivePagePath } from '../../lib/pagination.ts';
import { referenceStrengths, type ReferenceStrength } from '../../lib/references.ts';
import { topicsWithArticles } from '../../lib/topics.ts';
import type { ContentDocument, ContentKind } from './document.ts';
import { articleRoute, layoutAnchors, pageRoute, staticRouteAnchors, topicRoute } from './routes.ts';

export { isJsx, jsxAttribute, type JsxElement } from '../../lib/mdx-jsx.ts';
import { isJsx, jsxAttribute } from '../../lib/mdx-jsx.ts';

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Components that render a heading of their own: its level and, where it has one, its fragment id. */
export const componentHeadings: Readonly<Record<string, { depth: number; id?: string; label: string }>> = {
  KeyPoints: { depth: 2, id: 'key-points-heading', label: 'the <KeyPoints> box (an h2)' },
  SeeADoctor: { depth: 2, label: 'the <SeeADoctor> card (an h2)' },
  CareCard: { depth: 2, label: 'the <CareCard> card (an h2)' },
  QuestionsToAsk: { depth: 2, label: 'the <QuestionsToAsk> box (an h2)' },
};

/** An article's publishing facts as the rules need them. */
export interface ArticleFacts {
  document: ContentDocument;
  title: string | undefined;
  draft: boolean;
  pubDate: CalendarDate | undefined;
}

/** A content schema as the `fields` rule uses it (a Zod object schema, wrapped). */
export interface ContentSchema {
  safeParse: (data: unknown) => { success: true } | { success: false; error: { issues: readonly unknown[] } };
  /** The fields the schema allows, for typo suggestions. */
  keys: readonly string[];
}

export interface SiteOptions {
  today: CalendarDate;
  reviewCycleMonths: number;
  topics: Readonly<Record<string, { label: string; description: string }>>;
  /** Addresses the site serves whatever the content (src/pages/ files without parameters: see routes.ts). */
  fixedRoutes: readonly string[];
  /** Files in public/, as paths from the site root ("/images/neck.jpg"). */
  publicFiles: readonly string[];
  /** Components an article may use without importing them (what the article route passes to <Content>). */
  articleComponents: readonly string[];
  /** Components a standing page may use without importing them. */
  pageComponents: readonly string[];
  /** The schema of each kind of file (src/content.config.ts). */
  schemas: Partial<Record<ContentKind, ContentSchema>>;
  /** True when a path (relative to the project root) is a file; for relative images and imports. */
  fileExists: (path: string) => boolean;
  /** A file's size in bytes (path relative to the project root), or undefined when it is not a file. */
  fileSize?: (path: string) => number | undefined;
}

export interface SiteIndex extends SiteOptions {
  documents: readonly ContentDocument[];
  articles: ReadonlyMap<string, ArticleFacts>;
  /** Every document by the address it is served at. */
  byRoute: ReadonlyMap<string, ContentDocument>;
  /** Every address the built site serves today. */
  liveRoutes: ReadonlySet<string>;
  /** Addresses that exist only in `astro dev` (drafts, scheduled articles, topics with none published). */
  unpublishedRoutes: ReadonlySet<string>;
  /** Each reference's strength, or undefined when its file does not give one yet. */
  referenceStrengths: ReadonlyMap<string, ReferenceStrength | undefined>;
  /** The fragment ids on a page of this site, when known. */
  anchorsOf: (route: string) => ReadonlySet<string> | undefined;
  /** The options of content/options/ that can be read (<SleepOptions /> shows them). */
  sleepOptions: readonly OptionData[];
  /** The terms of content/glossary/ that can be read (<Term>, /glossary/). */
  glossary: readonly GlossaryEntry[];
  /** The ids of a page's headings, in order (for "its closest sections"); empty when unknown. */
  headingsOf: (route: string) => readonly string[];
  /** Old addresses the build redirects (src/lib/addresses.ts): to where, and which file asks for it. */
  redirects: ReadonlyMap<string, { to: string; document: ContentDocument }>;
}

/** The sources the options tables of a syntax tree cite, in reading order. */
export function optionsTableSources(tree: Root | undefined, options: readonly OptionData[]): string[] {
  const ids: string[] = [];
  if (!tree) return ids;
  visit(tree, (node) => {
    if (!isJsx(node) || node.name !== 'SleepOptions') return;
    for (const id of optionSources(selectOptions(options, sleepOptionsOnly(node) ?? undefined))) if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

export function routeOf(document: ContentDocument): string | undefined {
  if (document.kind === 'article') return articleRoute(document.id);
  if (document.kind === 'page') return pageRoute(document.id);
  return undefined;
}

function articleFacts(document: ContentDocument): ArticleFacts {
  const data = document.data ?? {};
  return {
    document,
    title: typeof data.title === 'string' ? data.title.trim() : undefined,
    draft: data.draft === true,
    pubDate: typeof data.pubDate === 'string' ? data.pubDate : data.pubDate instanceof Date ? data.pubDate.toISOString().slice(0, 10) : undefined,
  };
}

/** The fragment ids a built page has: its headings (as Astro slugs them), ids written in JSX, the components' own ids. */
function anchorsOfTree(tree: Root | undefined, sources: readonly string[], options: readonly OptionData[]): Set<string> {
  const anchors = new Set<string>(layoutAnchors);
  if (!tree) return anchors;
  const slugger = new GithubSlugger();
  const cited = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node, { includeImageAlt: false })));
    if (!isJsx(node)) return;
    const id = jsxAttribute(node, 'id');
    if (node.name === 'Cite' && id) cited.add(id);
    else if (id) anchors.add(id);
    const component = node.name ? componentHeadings[node.name] : undefined;
    if (component?.id) anchors.add(component.id);
  });
  for (const id of optionsTableSources(tree, options)) cited.add(id);
  const citedSources = [...sources, ...[...cited].filter((id) => !sources.includes(id))].filter((id) => cited.has(id));
  if (citedSources.length > 0) anchors.add('sources-heading');
  for (const id of citedSources) anchors.add(sourceAnchor(id));
  return anchors;
}

export function buildSiteIndex(documents: readonly ContentDocument[], options: SiteOptions): SiteIndex {
  const articles = new Map<string, ArticleFacts>();
  for (const document of documents) {
    // Two files with one id: the first keeps the address (the duplicate-url rule reports the other).
    if (document.kind === 'article' && !articles.has(document.id)) articles.set(document.id, articleFacts(document));
  }
  const published = [...articles.values()].filter(
    (article) => article.pubDate !== undefined && isPublished({ id: article.document.id, data: { title: article.title ?? '', pubDate: article.pubDate, draft: article.draft } }, { today: options.today }),
  );
  const topicOf = (article: ArticleFacts) => ({ id: article.document.id, topics: stringList(article.document.data?.tags) });
  const liveTopics = topicsWithArticles(published.map(topicOf), options.topics).map((topic) => topic.slug);
  const archivePages = Math.max(1, Math.ceil(published.length / ARCHIVE_PAGE_SIZE));

  const liveRoutes = new Set<string>([
    ...options.fixedRoutes,
    ...Array.from({ length: archivePages }, (_, index) => archivePagePath(index + 1)),
    ...published.map((article) => articleRoute(article.document.id)),
    ...documents.filter((document) => document.kind === 'page').map((document) => pageRoute(document.id)),
    ...liveTopics.map(topicRoute),
    ...options.publicFiles,
  ]);
  const unpublishedRoutes = new Set<string>(
    [...[...articles.values()].map((article) => articleRoute(article.document.id)), ...Object.keys(options.topics).map(topicRoute)].filter((route) => !liveRoutes.has(route)),
  );

  const byRoute = new Map<string, ContentDocument>();
  for (const document of documents) {
    const route = routeOf(document);
    if (route && !byRoute.has(route)) byRoute.set(route, document);
  }

  const references = new Map<string, ReferenceStrength | undefined>();
  for (const document of documents) {
    // A file whose YAML cannot be read is yaml-syntax's to report; leaving it out avoids a follow-on warning per citation.
    if (document.kind !== 'reference' || !document.data) continue;
    const strength = document.data?.strength;
    references.set(document.id, typeof strength === 'string' && (referenceStrengths as readonly string[]).includes(strength) ? (strength as ReferenceStrength) : undefined);
  }

  const sleepOptions = documents.flatMap((document) => (document.kind === 'option' ? (optionFromFields(document.id, document.data) ?? []) : []));
  const glossary = documents.flatMap((document) => (document.kind === 'glossary' ? (glossaryFromFields(document.id, document.data) ?? []) : []));

  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (route: string): ReadonlySet<string> | undefined => {
    const document = byRoute.get(route);
    if (route === '/glossary/') return new Set([...layoutAnchors, ...glossary.map((entry) => glossaryAnchor(entry.id))]);
    if (!document) {
      const known = staticRouteAnchors[route];
      return known ? new Set([...known, ...layoutAnchors]) : undefined;
    }
    let anchors = anchorCache.get(route);
    if (!anchors) {
      anchors = anchorsOfTree(document.tree, stringList(document.data?.sources), sleepOptions);
      anchorCache.set(route, anchors);
    }
    return anchors;
  };

  const unpublishedList = documents.find((document) => document.kind === 'unpublished');
  const redirects = new Map<string, { to: string; document: ContentDocument }>();
  const claims = redirectsOf(
    [...articles.values()].map((article) => ({ route: articleRoute(article.document.id), redirectFrom: stringList(article.document.data?.redirectFrom), owner: article.document })),
    unpublishedEntries(unpublishedList?.data),
    unpublishedList,
  );
  for (const { from, to, owner } of claims) if (owner) redirects.set(from, { to, document: owner });

  const headingsOf = (route: string): string[] => {
    const tree = byRoute.get(route)?.tree;
    if (!tree) return [];
    const slugger = new GithubSlugger();
    const ids: string[] = [];
    visit(tree, 'heading', (node) => {
      ids.push(slugger.slug(textOf(node, { includeImageAlt: false })));
    });
    return ids;
  };

  return { ...options, documents, articles, byRoute, liveRoutes, unpublishedRoutes, referenceStrengths: references, anchorsOf, headingsOf, redirects, sleepOptions, glossary };
}
