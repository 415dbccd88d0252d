import { visit } from 'unist-util-visit';
import { closestMatch } from '../lib/errors.ts';
import { evidenceLevelSlugs, isEvidenceLevel } from '../lib/evidence.ts';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute } from './engine/site.ts';

export default defineRule({
  id: 'evidence-level',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'An `<Evidence level="…" />` whose level is not on the evidence scale.',
  example: `<Evidence level="very limited" /> is not on the evidence scale. Use one of ${evidenceLevelSlugs.join(', ')}. Did you mean "very-limited"?`,
  fix: 'Use one of the levels in the table above.',
  check({ tree, report }) {
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Evidence') return;
      const level = jsxAttribute(node, 'level');
      if (typeof level === 'string' && isEvidenceLevel(level)) return;
      const guess = typeof level === 'string' ? closestMatch(level, evidenceLevelSlugs) : undefined;
      report(node, `<Evidence level="${level ?? ''}" /> is not on the evidence scale. Use one of ${evidenceLevelSlugs.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`);
    });
  },
});
