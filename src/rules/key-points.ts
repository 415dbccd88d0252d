import { visit } from 'unist-util-visit';
import { isEmptyDocument } from './engine/document.ts';
import { defineRule } from './engine/rule.ts';
import { isJsx } from './engine/site.ts';

export default defineRule({
  id: 'key-points',
  severity: 'error',
  completeness: true,
  appliesTo: ['article'],
  finds: 'An article with no `<KeyPoints>` box: readers who skim get nothing (a warning while the article is a draft).',
  example: 'this article has no <KeyPoints> box. Add one after the frontmatter: <KeyPoints>, a blank line, three to five "- " points, a blank line, </KeyPoints>.',
  fix: 'Add a `<KeyPoints>` box with three to five points right after the frontmatter.',
  check({ tree, document, report }) {
    // A file that is empty, or whose frontmatter or MDX cannot be read, is another rule's to report.
    if (!document.data || !document.tree || isEmptyDocument(document)) return;
    let found = false;
    visit(tree, (node) => {
      if (isJsx(node) && node.name === 'KeyPoints') found = true;
    });
    if (found) return;
    const firstBodyLine = tree.children[0]?.position?.start.line ?? 1;
    report(
      { line: firstBodyLine, column: 1 },
      'this article has no <KeyPoints> box. Add one after the frontmatter: <KeyPoints>, a blank line, three to five "- " points, a blank line, </KeyPoints>.',
    );
  },
});
