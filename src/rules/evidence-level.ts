import { closestMatch } from '../lib/errors.ts';
import { evidenceLevelSlugs, isEvidenceLevel } from '../lib/evidence.ts';
import { gradedSections } from '../lib/graded-sections.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'evidence-level',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'An `<Evidence level="…" />` whose level is not on the evidence scale.',
  example: `<Evidence level="very limited" /> is not on the evidence scale. Use one of ${evidenceLevelSlugs.join(', ')}. Did you mean "very-limited"?`,
  fix: 'Use one of the levels in the table above.',
  check({ tree, report }) {
    for (const { evidence, level } of gradedSections(tree)) {
      if (typeof level === 'string' && isEvidenceLevel(level)) continue;
      const guess = typeof level === 'string' ? closestMatch(level, evidenceLevelSlugs) : undefined;
      report(evidence, `<Evidence level="${level ?? ''}" /> is not on the evidence scale. Use one of ${evidenceLevelSlugs.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`);
    }
  },
});
