/**
 * The one evidence scale, taken from the labels of our evidence review. Every
 * graded claim on the site uses one of these levels, and the /evidence/ page
 * explains them from this list.
 */

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
