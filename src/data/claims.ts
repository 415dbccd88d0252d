/**
 * Every published article's graded claims, read the way the article page reads
 * them (render() runs the remark plugin that records them; the build compiles
 * each article once and reuses it), worked out once per build for the evidence
 * map and the cards' verdicts.
 */
import { render } from 'astro:content';
import { gradedClaims, recordedClaims, verdictOf, type GradedClaim, type Verdict } from '../lib/graded-claims';
import { getPublishedArticles } from './articles';

let claims: Promise<ReadonlyMap<string, readonly GradedClaim[]>> | undefined;

/** Each published article's graded claims in text order, by article id. */
export function publishedClaims(): Promise<ReadonlyMap<string, readonly GradedClaim[]>> {
  claims ??= (async () => {
    const articles = await getPublishedArticles();
    const entries = await Promise.all(
      articles.map(async (article) => {
        const { headings, remarkPluginFrontmatter } = await render(article);
        return [article.id, gradedClaims(recordedClaims(remarkPluginFrontmatter.gradedClaims), headings)] as const;
      }),
    );
    return new Map(entries);
  })();
  return claims;
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
