import { gradeAllowed, highestCeiling, isEvidenceLevel, type GradedLevel } from '../lib/evidence.ts';
import type { ReferenceStrength } from '../lib/references.ts';
import { gradedSections, sectionName } from '../lib/graded-sections.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'evidence-ceiling',
  severity: 'error',
  appliesTo: ['article'],
  finds: 'A grade higher than the strongest source cited in its section allows (each reference has a `strength`; the ceilings are in src/lib/evidence.ts).',
  example:
    '<Evidence level="limited" /> in "### In long-term insomnia" is higher than its sources allow: huang-2021 (no-evidence) allows at most no-evidence. Lower the grade, or cite a stronger source in this section.',
  fix: 'Lower the grade to what the sources allow, or cite a stronger source in the same section.',
  check({ tree, site, report }) {
    for (const section of gradedSections(tree)) {
      const level = section.level;
      if (typeof level !== 'string' || !isEvidenceLevel(level) || level === 'no-evidence') continue;
      if (level === 'contradicted') {
        if (section.cited.length === 0) {
          report(section.evidence, `<Evidence level="contradicted" /> in ${sectionName(section)} cites no source in its section. Cite the studies that found no effect, in this section.`);
        }
        continue;
      }
      if (section.cited.length === 0) {
        report(section.evidence, `<Evidence level="${level}" /> in ${sectionName(section)} cites no source in its section, so it can be at most no-evidence. Cite the sources for this claim in the section, or grade it no-evidence.`);
        continue;
      }
      // Ids with no reference file are the fields and cite-unknown rules' to report; a source
      // without a strength could raise the ceiling, so the source-strength rule warns instead.
      const strengths = section.cited.filter((id) => site.referenceStrengths.has(id)).map((id) => [id, site.referenceStrengths.get(id)] as const);
      if (strengths.length === 0 || strengths.some(([, strength]) => strength === undefined)) continue;
      const known = strengths.map(([, strength]) => strength).filter((strength): strength is ReferenceStrength => strength !== undefined);
      const ceiling: GradedLevel = highestCeiling(known);
      if (gradeAllowed(level, ceiling)) continue;
      const list = strengths.map(([id, strength]) => `${id} (${strength})`).join(', ');
      report(
        section.evidence,
        `<Evidence level="${level}" /> in ${sectionName(section)} is higher than its sources allow: ${list} ${strengths.length === 1 ? 'allows' : 'allow'} at most ${ceiling}. Lower the grade, or cite a stronger source in this section.`,
      );
    }
  },
});
