import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { gradedSections } from '../lib/graded-sections.ts';
import { defineRule } from './engine/rule.ts';

/** Column headings that make a table a second list of the article's grades. */
const GRADE_COLUMN = /^(grade|evidence grade|strength of evidence|evidence)$/i;

export default defineRule({
  id: 'grade-table',
  severity: 'warning',
  appliesTo: ['article'],
  finds: 'A table with a Grade column in an article whose claims carry `<Evidence>` marks: the glance figure already lists every claim with its grade, so the table says the grades a second time, in other words.',
  example:
    'this table has a "Grade" column, but "The evidence at a glance" already lists every claim of this article with its grade. Remove the table, and make sure each claim it lists has its own <Evidence level="…" claim="…" /> in its section.',
  fix: 'Remove the table; give each claim its own `<Evidence level="…" claim="…" />` in its section.',
  check({ tree, report }) {
    if (gradedSections(tree).length === 0) return;
    visit(tree, 'table', (table) => {
      const header = table.children[0];
      const column = header?.children.map((cell) => textOf(cell).trim()).find((text) => GRADE_COLUMN.test(text));
      if (!column) return;
      report(
        table,
        `this table has a "${column}" column, but "The evidence at a glance" already lists every claim of this article with its grade. Remove the table, and make sure each claim it lists has its own <Evidence level="…" claim="…" /> in its section.`,
      );
    });
  },
});
