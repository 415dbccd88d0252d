/**
 * Remark plugin for MDX articles: records the article's graded claims (each
 * <Evidence level="…" claim="…" />, the heading it sits under and the sources
 * cited in that section, as src/lib/graded-sections.ts finds them) as
 * `gradedClaims` in the remark frontmatter, so the article page, the glance
 * figure, the cards and the evidence map show them without parsing the text a
 * second time. It only reads the tree; checking the grades is the rulebook's job.
 */
import type { Root } from 'mdast';
import type { RecordedClaim } from '../lib/graded-claims';
import { gradedSections } from '../lib/graded-sections';

interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export default function remarkGradedClaims() {
  return (tree: Root, file: AstroFile) => {
    const claims: RecordedClaim[] = gradedSections(tree).map((section) => ({
      level: section.level ?? '',
      claim: section.claim ?? '',
      headingIndex: section.heading?.index ?? -1,
      sources: section.cited,
    }));
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.gradedClaims = claims;
  };
}
