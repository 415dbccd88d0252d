import { gradeAllowed, highestCeiling, isEvidenceLevel } from '../lib/evidence.ts';
import type { ReferenceStrength } from '../lib/references.ts';
import { linkProblem } from './engine/links.ts';
import { defineRule } from './engine/rule.ts';
import { stringList } from './engine/site.ts';

export default defineRule({
  id: 'option-data',
  severity: 'error',
  appliesTo: ['option'],
  finds: "An option in content/options/ with a figure that cites no source, a grade higher than its `sources` allow, or a `coveredAt` that is not a page of the site (or a section on it).",
  example: 'grade "moderate" is higher than the sources allow: nccih-sleep (institutional) allows at most limited. Lower the grade, or list a stronger source in sources.',
  fix: 'Lower the grade, or list the stronger source the grade rests on; point `coveredAt` at a published article and one of its section headings.',
  check({ document, site, report }) {
    const data = document.data;
    if (!data) return;
    for (const field of ['howItMayWork', 'found', 'risks'] as const) {
      const value = data[field];
      const statements = Array.isArray(value) ? value : [value];
      statements.forEach((statement: unknown, index) => {
        if (typeof statement !== 'object' || statement === null) return;
        const { text, sources } = statement as { text?: unknown; sources?: unknown };
        if (typeof text === 'string' && /\d/.test(text) && stringList(sources).length === 0) {
          const which = Array.isArray(value) ? `${field}[${index}]` : field;
          report(document.fieldPlaces.get(field), `${which} gives a figure ("${text.length > 60 ? `${text.slice(0, 60)}…` : text}") but cites no source. Add the id of its source to its sources, or take the figure out.`);
        }
      });
    }
    const grade = data.grade;
    const sources = stringList(data.sources);
    if (typeof grade === 'string' && isEvidenceLevel(grade) && grade !== 'contradicted' && sources.length > 0) {
      const strengths = sources.filter((id) => site.referenceStrengths.has(id)).map((id) => [id, site.referenceStrengths.get(id)] as const);
      const known = strengths.flatMap(([, strength]) => (strength ? [strength] : [])) as ReferenceStrength[];
      if (known.length === strengths.length && known.length > 0) {
        const ceiling = highestCeiling(known);
        if (!gradeAllowed(grade, ceiling)) {
          const list = strengths.map(([id, strength]) => `${id} (${strength})`).join(', ');
          report(document.fieldPlaces.get('grade'), `grade "${grade}" is higher than the sources allow: ${list} ${strengths.length === 1 ? 'allows' : 'allow'} at most ${ceiling}. Lower the grade, or list a stronger source in sources.`);
        }
      }
    }
    const coveredAt = data.coveredAt;
    if (typeof coveredAt === 'string' && coveredAt.startsWith('/')) {
      // Checked as if the table's pages linked to it: an option file is on every page that shows the table.
      const problem = linkProblem(coveredAt, document, site);
      if (problem) report(document.fieldPlaces.get('coveredAt'), `coveredAt ${problem.message}`);
    }
  },
});
