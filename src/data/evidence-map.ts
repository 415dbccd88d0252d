/**
 * The data of the evidence map page: every published article's graded claims,
 * read the way the article page reads them (render() runs the remark plugin
 * that records them; the build compiles each article once and reuses it).
 */
import { render } from 'astro:content';
import { claimsByGrade, type GradeGroup } from '../lib/evidence-map';
import { gradedClaims, recordedClaims } from '../lib/graded-claims';
import { getPublishedArticles } from './articles';

/** Every graded claim of every published article, grouped by grade, articles in title order. */
export async function evidenceMap(): Promise<GradeGroup[]> {
  const articles = await getPublishedArticles();
  const withClaims = await Promise.all(
    articles.map(async (article) => {
      const { headings, remarkPluginFrontmatter } = await render(article);
      return { id: article.id, title: article.data.title, claims: gradedClaims(recordedClaims(remarkPluginFrontmatter.gradedClaims), headings) };
    }),
  );
  withClaims.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return claimsByGrade(withClaims);
}
