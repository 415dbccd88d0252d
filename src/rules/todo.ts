import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'todo',
  severity: 'error',
  completeness: true,
  appliesTo: ['article', 'page'],
  finds: 'A TODO left in the text (a warning while the article is a draft).',
  example: 'a TODO is left in the text: "TODO: the opening paragraph.". Replace it with the real text.',
  fix: 'Replace it with the real text.',
  check({ tree, report }) {
    const lines = new Set<number>();
    visit(tree, (node) => {
      // Headings, paragraphs and JSX text all end in text nodes; comments ({/* … */}) are not text.
      if (node.type !== 'text' || !/\bTODO\b/.test(node.value)) return;
      const line = node.position?.start.line ?? 1;
      if (lines.has(line)) return;
      lines.add(line);
      report(node, `a TODO is left in the text: "${node.value.trim().slice(0, 60)}". Replace it with the real text.`);
    });
  },
});
