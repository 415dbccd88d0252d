import { gradedSections, sectionName } from '../lib/graded-sections.ts';
import { defineRule } from './engine/rule.ts';

/** The fewest words a claim needs to say what was found ("Massage eases short-term anxiety"). */
export const MIN_CLAIM_WORDS = 4;

const EXAMPLE_CLAIM = 'claim="Massage may ease anxiety for a short time after a session"';

/** Letters and digits only, lower case, for comparing a claim with its heading. */
function bare(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*\d+[.)]\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Why a claim does not stand on its own, or undefined when it does. `heading`
 * is its section's heading text (undefined in the opening).
 */
export function claimProblem(claim: string | null | undefined, heading: string | undefined): string | undefined {
  if (claim === undefined) return 'has no claim';
  if (claim === null) return 'has a claim written as an expression, which the glance figure and the evidence map cannot read';
  const text = claim.trim();
  if (text === '') return 'has an empty claim';
  if (/^\d+[.)]/.test(text)) return `has a numbered claim ("${text}"): the number would show in the glance figure and the evidence map`;
  if (heading !== undefined && bare(text) === bare(heading)) return `has a claim that only repeats its heading ("${text}")`;
  const words = text.split(/\s+/).length;
  if (words < MIN_CLAIM_WORDS) return `has a claim of ${words === 1 ? 'one word' : `${words} words`} ("${text}"), which does not say what was found`;
  return undefined;
}

export default defineRule({
  id: 'evidence-claim',
  severity: 'error',
  completeness: true,
  appliesTo: ['article', 'page'],
  finds: `An \`<Evidence>\` whose claim does not stand on its own: missing, numbered ("1. Relaxation"), the heading again, or fewer than ${MIN_CLAIM_WORDS} words (a warning while the article is a draft).`,
  example: `<Evidence level="limited" /> in "### Sleep" has a claim of one word ("Sleep"), which does not say what was found. Write the claim as a statement with its finding, such as ${EXAMPLE_CLAIM}.`,
  fix: 'Write `claim="…"` as a statement with its finding that reads on its own in the glance figure and the evidence map.',
  check({ tree, report }) {
    for (const section of gradedSections(tree)) {
      const problem = claimProblem(section.claim, section.heading?.text);
      if (!problem) continue;
      const level = typeof section.level === 'string' ? section.level : '…';
      report(section.evidence, `<Evidence level="${level}" /> in ${sectionName(section)} ${problem}. Write the claim as a statement with its finding, such as ${EXAMPLE_CLAIM}.`);
    }
  },
});
