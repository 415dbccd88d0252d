/**
 * The evidence map: every graded claim in the library, grouped by grade in the
 * scale's order, then by article. Pure: takes each article's claims as plain data.
 */
import { evidenceLevelSlugs, type EvidenceLevel } from './evidence';
import type { GradedClaim } from './graded-claims';

export interface ArticleClaims {
  id: string;
  title: string;
  claims: readonly GradedClaim[];
}

/** The sections of one article that carry one grade; a grade above the first heading has no section. */
export interface ArticleSections {
  id: string;
  title: string;
  sections: Array<{ text: string; slug: string } | undefined>;
}

export interface GradeGroup {
  level: EvidenceLevel;
  /** How many claims have this grade. */
  count: number;
  articles: ArticleSections[];
}

/**
 * One group per grade, strongest first, including grades no claim has yet.
 * Articles keep the order given; sections keep text order.
 */
export function claimsByGrade(articles: readonly ArticleClaims[]): GradeGroup[] {
  return evidenceLevelSlugs.map((level) => {
    const withLevel = articles.flatMap(({ id, title, claims }) => {
      const sections = claims.filter((claim) => claim.level === level).map((claim) => claim.heading);
      return sections.length > 0 ? [{ id, title, sections }] : [];
    });
    return { level, count: withLevel.reduce((sum, article) => sum + article.sections.length, 0), articles: withLevel };
  });
}
