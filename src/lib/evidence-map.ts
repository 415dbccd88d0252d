/**
 * The evidence map: every graded claim in the library, grouped by grade in the
 * scale's order, then by article, each claim as the statement its article
 * makes. Pure: takes each article's claims as plain data.
 */
import { evidenceLevelSlugs, type EvidenceLevel } from './evidence';
import type { GradedClaim } from './graded-claims';

export interface ArticleClaims {
  id: string;
  title: string;
  claims: readonly GradedClaim[];
}

/** One claim on the map: its statement and the section it links to (undefined above the first heading). */
export interface MapClaim {
  statement: string;
  section: { text: string; slug: string } | undefined;
}

/** The claims of one article that carry one grade, in text order. */
export interface ArticleSections {
  id: string;
  title: string;
  claims: MapClaim[];
}

export interface GradeGroup {
  level: EvidenceLevel;
  /** How many claims have this grade. */
  count: number;
  articles: ArticleSections[];
}

/**
 * One group per grade, strongest first, including grades no claim has yet
 * (the page lists those in one line, not as empty sections).
 * Articles keep the order given; claims keep text order.
 */
export function claimsByGrade(articles: readonly ArticleClaims[]): GradeGroup[] {
  return evidenceLevelSlugs.map((level) => {
    const withLevel = articles.flatMap(({ id, title, claims }) => {
      const listed = claims.filter((claim) => claim.level === level).map((claim) => ({ statement: claim.statement, section: claim.heading }));
      return listed.length > 0 ? [{ id, title, claims: listed }] : [];
    });
    return { level, count: withLevel.reduce((sum, article) => sum + article.claims.length, 0), articles: withLevel };
  });
}
