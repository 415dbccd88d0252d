import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';

/** A marker left for later, in any case: TODO, todo, FIXME, fixme, XXX, xxx (whole words). */
export const PLACEHOLDER = /\b(todo|fixme|xxx)\b/i;

export default defineRule({
  id: 'todo',
  severity: 'error',
  completeness: true,
  appliesTo: ['article', 'page'],
  finds: 'A TODO, FIXME or XXX (in any case) left in the text or a heading (a warning while the article is a draft).',
  example: 'a TODO is left in the text: "TODO: the opening paragraph.". Replace it with the real text.',
  fix: 'Replace it with the real text.',
  check({ tree, report }) {
    const lines = new Set<number>();
    visit(tree, (node) => {
      // Headings, paragraphs and JSX text all end in text nodes; comments ({/* … */}) are not text.
      if (node.type !== 'text') return;
      const marker = PLACEHOLDER.exec(node.value)?.[1];
      if (!marker) return;
      const line = node.position?.start.line ?? 1;
      if (lines.has(line)) return;
      lines.add(line);
      report(node, `a ${marker.toUpperCase()} is left in the text: "${node.value.trim().slice(0, 60)}". Replace it with the real text.`);
    });
  },
});
