/**
 * One grade per claim: a section that cites a source carries exactly one
 * <Evidence> grade, or one <PracticalAdvice /> when it gives our suggestions
 * rather than a claim. A grade under a `##` heading covers its `###` parts (as
 * the glance figure and the evidence map read it), so those need none of their
 * own; one may still carry its own grade (a claim of its own, under its own
 * heading) or <PracticalAdvice />. The standard treatment-choice sections
 * (src/lib/standard-sections.ts) and the opening before the first heading are
 * exempt, and so are citations inside boxes that are not claims (key points,
 * care cards, questions to ask). Graded sections themselves (their sources,
 * for the ceiling) are src/lib/graded-sections.ts's; this rule only asks which
 * sections need a grade and whether they have one.
 */
import type { Heading, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { sectionName } from '../lib/graded-sections.ts';
import { isStandardSection, QUESTIONS_COMPONENT } from '../lib/standard-sections.ts';
import { defineRule } from './engine/rule.ts';
import { isJsx } from './engine/site.ts';

/** The components that grade a section. */
const GRADES = new Set(['Evidence', 'PracticalAdvice']);
/** Boxes whose citations are not the section's claim. */
const NOT_CLAIMS = new Set(['KeyPoints', 'CareCard', 'SeeADoctor', 'UrgentHelp', QUESTIONS_COMPONENT]);

interface Found {
  grades: Node[];
  cites: Node[];
}

function collect(nodes: readonly RootContent[], found: Found): Found {
  for (const node of nodes) {
    if (isJsx(node)) {
      if (GRADES.has(node.name ?? '')) found.grades.push(node);
      else if (node.name === 'Cite') found.cites.push(node);
      if (NOT_CLAIMS.has(node.name ?? '')) continue;
    }
    if ('children' in node) collect(node.children as RootContent[], found);
  }
  return found;
}

interface Section {
  heading: Heading;
  title: string;
  graded: Node | undefined;
  exempt: boolean;
}

const lineOf = (node: Node) => node.position?.start.line ?? 1;
const GRADE_HINT = 'Put <Evidence level="…" claim="…" /> right under the heading, or <PracticalAdvice /> if the section gives our suggestions rather than a claim';

export default defineRule({
  id: 'section-grade',
  severity: 'error',
  completeness: true,
  appliesTo: ['article'],
  finds:
    'A section that cites a source but has no `<Evidence>` grade or `<PracticalAdvice />`, or has two (the glance figure and the evidence map would list its claim twice). The standard treatment-choice sections and the opening are exempt (a warning while the article is a draft).',
  example:
    'the section "## Before you start: safety checks" cites a source (line 72) but has no grade. Put <Evidence level="…" claim="…" /> right under the heading, or <PracticalAdvice /> if the section gives our suggestions rather than a claim.',
  fix: 'One `<Evidence level="…" claim="…" />` or one `<PracticalAdvice />` right under each heading whose section cites; split a section with two claims under two headings.',
  check({ tree, document, report }) {
    if (!document.data) return;
    const stack: Section[] = [];
    let part: RootContent[] = [];
    const close = () => {
      const section = stack.at(-1);
      const { grades, cites } = collect(part, { grades: [], cites: [] });
      part = [];
      if (!section || section.exempt) return;
      const inherited = stack.slice(0, -1).find((outer) => outer.graded);
      const [first, second] = grades;
      if (second) {
        report(second, `the section ${section.title} has two grades (lines ${lineOf(first!)} and ${lineOf(second)}), so its claim would be listed twice. Keep one, or split the section under two headings, one claim each.`);
      } else if (!first && !inherited && cites[0]) {
        report(section.heading, `the section ${section.title} cites a source (line ${lineOf(cites[0])}) but has no grade. ${GRADE_HINT}.`);
      }
      section.graded = first;
    };
    for (const node of tree.children) {
      if (node.type !== 'heading') {
        part.push(node);
        continue;
      }
      close();
      while ((stack.at(-1)?.heading.depth ?? 0) >= node.depth) stack.pop();
      const text = textOf(node);
      const exempt = (node.depth === 2 && isStandardSection(text)) || stack.some((outer) => outer.exempt);
      stack.push({ heading: node, title: sectionName({ heading: { index: 0, depth: node.depth, text, node } }), graded: undefined, exempt });
    }
    close();
  },
});
