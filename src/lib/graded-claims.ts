/**
 * An article's graded claims: each <Evidence level="…" claim="…" /> with the
 * section it grades and the sources that section cites. The remark plugin
 * (src/remark/graded-claims.ts) records them while the article is compiled;
 * this module turns them into what a page shows: the glance figure, the
 * section, the evidence map and the cards all show the same statement.
 * Pure: plain data in and out.
 */
import { evidenceLevels, isEvidenceLevel, scalePosition, type EvidenceLevel } from './evidence';
import type { Heading } from './reading';

/** A claim as the remark plugin records it. */
export interface RecordedClaim {
  level: string;
  /** The claim as written in the mark ("" when the mark has none: the evidence-claim rule reports that). */
  claim: string;
  /** Position of the heading above the mark among the article's headings; -1 before the first heading. */
  headingIndex: number;
  /** Ids of the sources cited in the claim's section, in order of first citation there. */
  sources: string[];
}

export interface GradedClaim {
  level: EvidenceLevel;
  /** The level as readers see it ("Very limited"). */
  label: string;
  /** The claim with its finding, as readers see it everywhere it is shown; the section heading while a mark has no claim yet. */
  statement: string;
  /** The heading of the section the grade belongs to, with its anchor; undefined above the first heading. */
  heading: { text: string; slug: string } | undefined;
  /** Ids of the sources the section cites. */
  sources: readonly string[];
}

function isRecordedClaim(value: unknown): value is RecordedClaim {
  if (typeof value !== 'object' || value === null) return false;
  const claim = value as Record<string, unknown>;
  return (
    typeof claim.level === 'string' &&
    typeof claim.claim === 'string' &&
    typeof claim.headingIndex === 'number' &&
    Array.isArray(claim.sources) &&
    claim.sources.every((id) => typeof id === 'string')
  );
}

/** The recorded claims from the remark frontmatter; anything else there is a bug in the pipeline. */
export function recordedClaims(value: unknown): RecordedClaim[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isRecordedClaim)) {
    throw new Error('gradedClaims in the remark frontmatter is not a list of claims: is src/remark/graded-claims.ts configured?');
  }
  return value;
}

/** Claims with their section headings (from render()'s heading list) and readable labels. */
export function gradedClaims(recorded: readonly RecordedClaim[], headings: readonly Heading[]): GradedClaim[] {
  return recorded.flatMap((claim) => {
    // The rulebook reports a level that is not on the scale; the page leaves it out rather than guess.
    if (!isEvidenceLevel(claim.level)) return [];
    const heading = headings[claim.headingIndex];
    return [
      {
        level: claim.level,
        label: evidenceLevels[claim.level].label,
        statement: claim.claim.trim() || heading?.text || 'The opening paragraphs',
        heading: heading && { text: heading.text, slug: heading.slug },
        sources: claim.sources,
      },
    ];
  });
}

/** The strongest and the weakest grade among an article's claims, for its card. */
export interface Verdict {
  strongest: EvidenceLevel;
  weakest: EvidenceLevel;
}

/** An article's verdict from its grades (scale order: contradicted and no-evidence count as weakest); undefined with none. */
export function verdictOf(levels: readonly EvidenceLevel[]): Verdict | undefined {
  if (levels.length === 0) return undefined;
  const ordered = [...levels].sort((a, b) => scalePosition(a) - scalePosition(b));
  return { strongest: ordered[0]!, weakest: ordered.at(-1)! };
}
