import { defineRule } from './engine/rule.ts';
import { describeHeading, outline } from './engine/outline.ts';

export default defineRule({
  id: 'heading-h1',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: "A `# Heading` (h1) in the text: the title is the page's only h1, so sections start at `##`.",
  example: '"# Why sleep matters" is an h1, but the page title is already the h1. Use "## Why sleep matters".',
  fix: 'Make it a `##` heading.',
  check({ tree, report }) {
    for (const item of outline(tree.children)) {
      if (item.kind === 'heading' && item.depth === 1) {
        report(item.position, `${describeHeading(item)} is an h1, but the page title is already the h1. Use "## ${item.text}".`);
      }
    }
  },
});
