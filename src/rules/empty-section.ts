import { defineRule } from './engine/rule.ts';
import { describeHeading, outline } from './engine/outline.ts';

export default defineRule({
  id: 'empty-section',
  severity: 'error',
  completeness: true,
  appliesTo: ['article', 'page'],
  finds: 'A heading followed directly by a heading of the same or a higher level, or by nothing.',
  example: '"## What studies found" is followed directly by "## The bottom line", so its section is empty. Add its text, or remove the heading.',
  fix: 'Write the section, or remove the heading.',
  check({ tree, report }) {
    const items = outline(tree.children);
    items.forEach((item, index) => {
      if (item.kind !== 'heading') return;
      const next = items[index + 1];
      if (!next) {
        report(item.position, `${describeHeading(item)} has nothing after it. Add its text, or remove the heading.`);
      } else if (next.kind === 'heading' && next.depth <= item.depth) {
        report(item.position, `${describeHeading(item)} is followed directly by ${describeHeading(next)}, so its section is empty. Add its text, or remove the heading.`);
      }
    });
  },
});
