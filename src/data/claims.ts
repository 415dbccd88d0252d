/**
 * Every published article's graded claims, read the way the article page reads
 * them (render() runs the remark plugin that records them), for the evidence
 * map; and the cards' verdicts, read from the text by the same graded-sections reader. Each article is read once per version of its
 * text: the build reads each once, and `astro dev` reads again only the
 * articles that changed.
 */
import { render } from 'astro:content';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isEvidenceLevel, type EvidenceLevel } from '../lib/evidence';
import { gradedClaims, recordedClaims, verdictOf, type GradedClaim, type Verdict } from '../lib/graded-claims';
import { gradedSections } from '../lib/graded-sections';
import { getPublishedArticles, type Article } from './articles';

const read = new Map<string, { version: string; claims: Promise<readonly GradedClaim[]> }>();

function claimsOf(article: Article): Promise<readonly GradedClaim[]> {
  const version = String(article.digest ?? article.body ?? '');
  const known = read.get(article.id);
  if (known?.version === version) return known.claims;
  const claims = render(article).then(({ headings, remarkPluginFrontmatter }) => gradedClaims(recordedClaims(remarkPluginFrontmatter.gradedClaims), headings));
  read.set(article.id, { version, claims });
  return claims;
}

/** Each published article's graded claims in text order, by article id. */
export async function publishedClaims(): Promise<ReadonlyMap<string, readonly GradedClaim[]>> {
  const articles = await getPublishedArticles();
  return new Map(await Promise.all(articles.map(async (article) => [article.id, await claimsOf(article)] as const)));
}

/** The parsers Astro's MDX integration uses, for reading grades without compiling the article. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
// Kept on globalThis: `astro dev` loads this module afresh after a content change, and re-reading every
// article then cost more than the edit itself. Each entry is keyed by the article's text, so it is never stale.
const levelsKey = Symbol.for('knead-to-sleep.article-grade-levels');
const store = globalThis as typeof globalThis & { [levelsKey]?: Map<string, { version: string; levels: readonly EvidenceLevel[] }> };
const levelsRead = (store[levelsKey] ??= new Map());

/**
 * An article's grade levels, read from its text by the one graded-sections reader. Not through render():
 * the cards need only the levels, and compiling every article made `astro dev` take 30 s to serve its
 * first page at 1,000 articles.
 */
function levelsOf(article: Article): readonly EvidenceLevel[] {
  const version = String(article.digest ?? article.body ?? '');
  const known = levelsRead.get(article.id);
  if (known?.version === version) return known.levels;
  let levels: EvidenceLevel[] = [];
  try {
    levels = gradedSections(parser.parse(article.body ?? '')).flatMap(({ level }) => (typeof level === 'string' && isEvidenceLevel(level) ? [level] : []));
  } catch {
    // MDX that cannot be parsed fails the content check first; it has no verdict here.
  }
  levelsRead.set(article.id, { version, levels });
  return levels;
}

/** Each published article's strongest and weakest grade (none for an article without grades), by article id. */
export async function articleVerdicts(): Promise<ReadonlyMap<string, Verdict>> {
  const verdicts = new Map<string, Verdict>();
  for (const article of await getPublishedArticles()) {
    const verdict = verdictOf(levelsOf(article));
    if (verdict) verdicts.set(article.id, verdict);
  }
  return verdicts;
}
