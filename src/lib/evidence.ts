/**
 * The one evidence scale, taken from the labels of our evidence review. Every
 * graded claim on the site uses one of these levels, and the /evidence/ page
 * explains them from this list.
 */
import type { ReferenceStrength } from './references.ts';

export const evidenceLevels = {
  strong: {
    label: 'Strong',
    summary: 'Several consistent systematic reviews of good randomised trials.',
    meaning:
      'Several systematic reviews of good randomised trials agree, and their certainty is rated moderate or high. Nothing about massage and sleep reaches this level yet.',
  },
  moderate: {
    label: 'Moderate',
    summary: 'A meta-analysis of randomised trials with a consistent effect, but clear limits.',
    meaning:
      'A meta-analysis of randomised trials finds a consistent effect, but the trials have clear weaknesses, or the effect is short-lived.',
  },
  limited: {
    label: 'Limited',
    summary: 'Small randomised trials, or reviews rated low certainty.',
    meaning:
      'Small randomised trials, or systematic reviews whose certainty is rated low or whose results vary a lot from trial to trial.',
  },
  'very-limited': {
    label: 'Very limited',
    summary: 'A pilot, an uncontrolled study, one lab, or a narrative review.',
    meaning:
      'A pilot study, a study with no comparison group, results from a single lab, single cases, or a narrative review without a systematic search.',
  },
  contradicted: {
    label: 'Contradicted',
    summary: 'Better studies find no effect.',
    meaning: 'Better-designed studies looked for the effect and did not find it.',
  },
  'no-evidence': {
    label: 'Untested or no evidence found',
    summary: 'We found no study that tested it.',
    meaning: 'We searched and found no study that tested the claim. That does not prove it false; it means nobody has shown it.',
  },
} as const satisfies Record<string, { label: string; summary: string; meaning: string }>;

export type EvidenceLevel = keyof typeof evidenceLevels;
export const evidenceLevelSlugs = Object.keys(evidenceLevels) as [EvidenceLevel, ...EvidenceLevel[]];

export function isEvidenceLevel(value: string): value is EvidenceLevel {
  return Object.hasOwn(evidenceLevels, value);
}

/** The grades a source can support, weakest first; `contradicted` stands apart (it needs a source, of any strength). */
export const gradedLevels = ['no-evidence', 'very-limited', 'limited', 'moderate', 'strong'] as const satisfies readonly EvidenceLevel[];
export type GradedLevel = (typeof gradedLevels)[number];

/**
 * The highest grade each strength of source allows (see `referenceStrengths` in
 * src/lib/references.ts). A guideline allows up to strong; an institution's page
 * up to limited; a review that found no eligible trial allows only no-evidence.
 * A claim's ceiling is the highest among the sources its section cites.
 */
export const gradeCeilings = {
  strong: 'strong',
  moderate: 'moderate',
  limited: 'limited',
  'very-limited': 'very-limited',
  'no-evidence': 'no-evidence',
  guideline: 'strong',
  institutional: 'limited',
} as const satisfies Record<ReferenceStrength, GradedLevel>;

/** True when `level` is no higher than `ceiling`. */
export function gradeAllowed(level: GradedLevel, ceiling: GradedLevel): boolean {
  return gradedLevels.indexOf(level) <= gradedLevels.indexOf(ceiling);
}

/** The highest grade a set of source strengths allows (no-evidence for none). */
export function highestCeiling(strengths: readonly ReferenceStrength[]): GradedLevel {
  return strengths.map((strength) => gradeCeilings[strength]).reduce<GradedLevel>((best, next) => (gradeAllowed(next, best) ? best : next), 'no-evidence');
}
