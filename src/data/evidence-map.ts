/** The data of the evidence map page: every published article's graded claims, grouped by grade. */
import { claimsByGrade, type GradeGroup } from '../lib/evidence-map';
import { getPublishedArticles } from './articles';
import { publishedClaims } from './claims';

/** Every graded claim of every published article, grouped by grade, articles in title order. */
export async function evidenceMap(): Promise<GradeGroup[]> {
  const [articles, claims] = await Promise.all([getPublishedArticles(), publishedClaims()]);
  const withClaims = articles.map((article) => ({ id: article.id, title: article.data.title, claims: claims.get(article.id) ?? [] }));
  withClaims.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return claimsByGrade(withClaims);
}
