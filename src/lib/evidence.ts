/**
 * The one evidence scale, taken from the labels of our evidence review. Every
 * graded claim on the site uses one of these levels, and the /evidence/ page
 * explains them from this list. The order is the scale's order, strongest
 * first: a grade's position on the scale is its place in this list.
 *
 * `symbol` is how the grade is drawn, one character per slot of a four-slot
 * mark, after the filled circles of GRADE certainty ratings: ● filled,
 * ○ open, ✕ struck out (contradicted), ◌ dashed (untested). Components draw
 * it as SVG so it looks the same in every font, prints, and follows the text
 * colour; screen readers get the label instead.
 *
 * `label` is the grade's one name and `plain` what it means in everyday words;
 * wherever a grade shows, the two show together ("Very limited: a few small
 * studies, and we can't tell if it works"), so no grade reads as "a bit true".
 */
import type { ReferenceStrength } from './references.ts';

export const evidenceLevels = {
  strong: {
    symbol: '●●●●',
    label: 'Strong',
    plain: 'several good reviews agree on this',
    summary: 'Several consistent systematic reviews of good randomised trials.',
    meaning:
      'Several systematic reviews of good randomised trials agree, and their certainty is rated moderate or high. Nothing about massage and sleep reaches this level yet.',
  },
  moderate: {
    symbol: '●●●○',
    label: 'Moderate',
    plain: 'good trials agree on this, but with clear limits',
    summary: 'A meta-analysis of randomised trials with a consistent effect, but clear limits.',
    meaning:
      'A meta-analysis of randomised trials finds a consistent effect, but the trials have clear weaknesses, or the effect is short-lived.',
  },
  limited: {
    symbol: '●●○○',
    label: 'Limited',
    plain: "small trials suggest this, but we can't be sure",
    summary: 'Small randomised trials, or reviews rated low certainty.',
    meaning:
      'Small randomised trials, or systematic reviews whose certainty is rated low or whose results vary a lot from trial to trial.',
  },
  'very-limited': {
    symbol: '●○○○',
    label: 'Very limited',
    plain: "a few small studies, and we can't tell if it works",
    summary: 'A pilot, an uncontrolled study, one lab, or a narrative review.',
    meaning:
      'A pilot study, a study with no comparison group, results from a single lab, single cases, or a narrative review without a systematic search. One small study that found no effect is graded here too: too small to show an effect, and too small to rule one out.',
  },
  contradicted: {
    symbol: '✕✕✕✕',
    label: 'Contradicted',
    plain: 'better studies found it does not work',
    summary: 'Better studies find no effect.',
    meaning: 'Better-designed studies looked for the effect and did not find it. A single small study that found no effect is not enough for this grade; it is very limited.',
  },
  'no-evidence': {
    symbol: '◌◌◌◌',
    label: 'No evidence',
    plain: 'we found no study that tested it',
    summary: 'We found no study that tested it.',
    meaning: 'We searched and found no study that tested the claim. That does not prove it false; it means nobody has shown it.',
  },
} as const satisfies Record<string, { symbol: string; label: string; plain: string; summary: string; meaning: string }>;

export type EvidenceLevel = keyof typeof evidenceLevels;
export const evidenceLevelSlugs = Object.keys(evidenceLevels) as [EvidenceLevel, ...EvidenceLevel[]];

export function isEvidenceLevel(value: string): value is EvidenceLevel {
  return Object.hasOwn(evidenceLevels, value);
}

/** The grade's place on the scale: 1 is the strongest, 6 the last (untested). */
export function scalePosition(level: EvidenceLevel): number {
  return evidenceLevelSlugs.indexOf(level) + 1;
}

/** One slot of a grade's symbol, as the components draw it. */
export type SymbolSlot = 'filled' | 'open' | 'struck' | 'untested';
const slotOf: Record<string, SymbolSlot> = { '●': 'filled', '○': 'open', '✕': 'struck', '◌': 'untested' };

/** The slots of a grade's symbol, left to right. */
export function symbolSlots(level: EvidenceLevel): SymbolSlot[] {
  return [...evidenceLevels[level].symbol].map((character) => {
    const slot = slotOf[character];
    if (!slot) throw new Error(`The symbol of "${level}" has "${character}", which is not one of ${Object.keys(slotOf).join(' ')}.`);
    return slot;
  });
}

/**
 * Two strengths a source can have that are guidance, not evidence: the Sources
 * list shows them as such, off the grade scale.
 */
export const guidanceStrengths = {
  guideline: { label: 'Guidance, not graded' },
  institutional: { label: 'Guidance, not graded' },
} as const satisfies Record<string, { label: string }>;
export type GuidanceStrength = keyof typeof guidanceStrengths;

export function isGuidanceStrength(value: string): value is GuidanceStrength {
  return Object.hasOwn(guidanceStrengths, value);
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

/** A grade in everyday words, as every grade mark shows it: "Very limited: a few small studies, and we can't tell if it works". */
export function plainGrade(level: EvidenceLevel): string {
  const { label, plain } = evidenceLevels[level];
  return `${label}: ${plain}`;
}
