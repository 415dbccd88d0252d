/**
 * Everything an article page shows, built in one place (in the spirit of
 * Starlight's generateRouteData): the route only renders `page` and the MDX
 * body, and ArticleLayout takes `page` as its one prop.
 */
import { getEntries, getEntry, render, type CollectionEntry } from 'astro:content';
import { recordedCitationOrder, sourceAnchor } from '../lib/citations';
import { gradedClaims, recordedClaims, type GradedClaim } from '../lib/graded-claims';
import { reviewSchedule, type ReviewSchedule } from '../lib/articles';
import { readingMinutes, tableOfContents, type TocEntry } from '../lib/reading';
import { recordArticleLastmods } from '../lib/article-lastmods';
import type { ChangeEntry } from '../lib/changes';
import type { ReferenceData } from '../lib/references';
import { neighboursAt, relatedArticlesForEach } from '../lib/related';
import { articleDescription, lastModified, type PageSeo } from '../lib/seo';
import { absolute, paths } from '../paths';
import { site, topics } from '../site.config';
import { buildDate, getPublishedArticles, relatableOf, type Article, type RelatableSummary } from './articles';
import { articleVerdicts } from './claims';
import { articleCacheKey } from './page-cache';
import { articleBreadcrumbs, articleSeo } from './seo';

export type Reviewer = CollectionEntry<'people'>['data'];
type Rendered = Awaited<ReturnType<typeof render>>;

/** A source the article cites, numbered in order of first citation. */
export interface CitedSource {
  id: string;
  /** The number readers see in the text and the Sources list (1-based). */
  number: number;
  /** The fragment id of its entry in the Sources list. */
  anchor: string;
  data: ReferenceData;
}

export interface ArticlePage {
  id: string;
  title: string;
  /** The page's meta description: the answer when it fits 50–160 characters, else the description field. */
  description: string;
  /** The description field as written, the lede when the article has no answer yet. */
  summary: string;
  /** The answer first, shown right under the title; undefined until the article has one. */
  answer: string | undefined;
  /** The body shows the urgent-help box: the page then links to help right under the answer, on a phone's first screen. */
  hasUrgentHelp: boolean;
  pubDate: string;
  updatedDate: string | undefined;
  /** The article's absolute URL, named in the replies. */
  url: string;
  /** The article's source file relative to the repository root, for "Suggest an edit". */
  sourcePath: string;
  readingMinutes: number;
  /** The h2 sections, when there are enough of them to be worth a contents list. */
  toc: TocEntry[];
  topics: Array<{ slug: string; label: string }>;
  schedule: ReviewSchedule;
  reviewer: Reviewer | undefined;
  /** Cited sources in order of first citation, with each reference's full data. */
  sources: CitedSource[];
  /** The graded claims in the order the text makes them. */
  evidence: GradedClaim[];
  related: RelatableSummary[];
  previous: RelatableSummary | undefined;
  next: RelatableSummary | undefined;
  /** Social image, Open Graph article facts and structured data for the <head>. */
  seo: PageSeo;
  /** Home › Articles › this article, the trail the JSON-LD gives search engines. */
  breadcrumbs: Array<{ name: string; href: string }>;
  /** Shows its workings: the history (newest first) and the day the evidence behind it was searched. */
  changes: ChangeEntry[];
  evidenceSearched: string | undefined;
  /** For search only: the reader's words (searchTerms), indexed but never shown. */
  search: { terms: string[] };
}

/** What getStaticPaths hands each article route. */
export interface ArticleRouteProps {
  article: Article;
  related: RelatableSummary[];
  previous: RelatableSummary | undefined;
  next: RelatableSummary | undefined;
}

/** Every published article's route, with what it shares with other articles worked out once. */
export async function articlePaths() {
  const articles = await getPublishedArticles();
  const verdicts = await articleVerdicts();
  const all = articles.map((article) => relatableOf(article, verdicts));
  const related = relatedArticlesForEach(all);
  recordArticleLastmods(articles.map((article) => [absolute(paths.article(article.id)), lastModified(article.data)]));
  return Promise.all(
    articles.map(async (article, index) => {
      const props: ArticleRouteProps = { article, related: related[index]!, ...neighboursAt(all, index) };
      // Related and previous/next come from every article's frontmatter, which the key covers.
      return { params: { id: article.id }, props, cacheKey: await articleCacheKey(article) };
    }),
  );
}

/** The page object and the compiled body of one article. */
export async function articlePage({ article, related, previous, next }: ArticleRouteProps): Promise<{ page: ArticlePage; Content: Rendered['Content'] }> {
  const { Content, headings, remarkPluginFrontmatter } = await render(article);
  const sources = await citedSources(article, recordedCitationOrder(remarkPluginFrontmatter.citationOrder));
  const reviewer = await clinicalReviewer(article);
  const { data } = article;
  const page: ArticlePage = {
    id: article.id,
    title: data.title,
    description: articleDescription(data),
    summary: data.description,
    answer: data.answer,
    hasUrgentHelp: /<UrgentHelp\b/.test(article.body ?? ''),
    pubDate: data.pubDate,
    updatedDate: data.updatedDate,
    url: `${site.url}${paths.article(article.id)}`,
    sourcePath: article.filePath ?? `content/articles/${article.id}.mdx`,
    readingMinutes: readingMinutes(article.body ?? ''),
    toc: tableOfContents(headings),
    topics: data.tags.map((slug) => ({ slug, label: topics[slug].label })),
    schedule: scheduleOf(article, buildDate()),
    reviewer,
    sources,
    evidence: gradedClaims(recordedClaims(remarkPluginFrontmatter.gradedClaims), headings),
    related,
    previous,
    next,
    seo: articleSeo(article, sources, reviewer),
    breadcrumbs: articleBreadcrumbs(article),
    changes: data.changes,
    evidenceSearched: data.evidenceSearched,
    search: { terms: data.searchTerms },
  };
  return { page, Content };
}

/** The article's sources in order of first citation (with those its options table cites). A listed id with no file fails the build. */
async function citedSources(article: Article, citationOrder: readonly string[]): Promise<CitedSource[]> {
  const entries = await getEntries(article.data.sources);
  const missing = article.data.sources.filter((_ref, index) => !entries[index]).map((ref) => ref.id);
  if (missing.length) {
    throw new Error(`${article.filePath}: sources lists ${missing.join(', ')}, but there is no such file in content/references/.`);
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // An options table (<SleepOptions />) cites its rows' sources whether or not `sources` lists them.
  for (const id of citationOrder) {
    if (byId.has(id)) continue;
    const entry = await getEntry('references', id);
    if (!entry) throw new Error(`${article.filePath}: the options table cites "${id}", but there is no such file in content/references/.`);
    byId.set(id, entry);
  }
  return citationOrder.flatMap((id, index) => {
    const entry = byId.get(id);
    return entry ? [{ id, number: index + 1, anchor: sourceAnchor(id), data: entry.data }] : [];
  });
}

async function clinicalReviewer(article: Article): Promise<Reviewer | undefined> {
  if (!article.data.reviewedBy) return undefined;
  const person = await getEntry(article.data.reviewedBy);
  if (!person) throw new Error(`${article.filePath}: reviewedBy names "${article.data.reviewedBy.id}", who is not in content/people/.`);
  return person.data;
}

function scheduleOf(article: Article, today: string): ReviewSchedule {
  return reviewSchedule(article.data, today, site.reviewCycleMonths);
}

