/**
 * Every published article's graded claims, read the way the article page reads
 * them (render() runs the remark plugin that records them), for the evidence
 * map and the cards' verdicts. Each article is read once per version of its
 * text: the build reads each once, and `astro dev` reads again only the
 * articles that changed.
 */
import { render } from 'astro:content';
import { gradedClaims, recordedClaims, verdictOf, type GradedClaim, type Verdict } from '../lib/graded-claims';
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

/** Each published article's strongest and weakest grade (none for an article without grades), by article id. */
export async function articleVerdicts(): Promise<ReadonlyMap<string, Verdict>> {
  const verdicts = new Map<string, Verdict>();
  for (const [id, list] of await publishedClaims()) {
    const verdict = verdictOf(list.map((claim) => claim.level));
    if (verdict) verdicts.set(id, verdict);
  }
  return verdicts;
}
