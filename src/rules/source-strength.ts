import { gradeAllowed, highestCeiling, isEvidenceLevel } from '../lib/evidence.ts';
import type { ReferenceStrength } from '../lib/references.ts';
import { gradedSections, sectionName } from '../lib/graded-sections.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'source-strength',
  severity: 'warning',
  appliesTo: ['article'],
  finds: 'A grade that cannot be checked against its sources because a cited reference file has no `strength` yet.',
  example: '<Evidence level="limited" /> in "## What the reviews found" cannot be checked: lin-2019 has no strength in content/references/. Add strength: to that file.',
  fix: 'Add `strength:` to the reference file, as the evidence review rates the source.',
  check({ tree, site, report }) {
    for (const section of gradedSections(tree)) {
      const level = section.level;
      if (typeof level !== 'string' || !isEvidenceLevel(level) || level === 'no-evidence' || level === 'contradicted') continue;
      const missing = section.cited.filter((id) => site.referenceStrengths.has(id) && site.referenceStrengths.get(id) === undefined);
      if (missing.length === 0) continue;
      const known = section.cited.map((id) => site.referenceStrengths.get(id)).filter((strength): strength is ReferenceStrength => strength !== undefined);
      if (gradeAllowed(level, highestCeiling(known))) continue;
      report(
        section.evidence,
        `<Evidence level="${level}" /> in ${sectionName(section)} cannot be checked: ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no strength in content/references/. Add strength: to ${missing.length === 1 ? 'that file' : 'those files'}.`,
      );
    }
  },
});
