import { visit } from 'unist-util-visit';
import { closestMatch } from '../lib/errors.ts';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute, stringList } from './engine/site.ts';

export default defineRule({
  id: 'cite-unknown',
  severity: 'error',
  appliesTo: ['article'],
  finds: "A `<Cite id=\"…\" />` whose id is not in the article's `sources`, or that has no id.",
  example: '<Cite id="moyer-2040" /> cites a source that is not in this article\'s sources. Did you mean "moyer-2004"?',
  fix: 'Add the id to `sources:`, or correct it.',
  check({ tree, document, report }) {
    if (!document.data) return;
    const sources = stringList(document.data.sources);
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Cite') return;
      const id = jsxAttribute(node, 'id');
      if (!id) {
        report(node, '<Cite /> has no id. Write <Cite id="source-id" /> with an id from sources.');
      } else if (!sources.includes(id)) {
        const guess = closestMatch(id, sources);
        report(node, `<Cite id="${id}" /> cites a source that is not in this article's sources.${guess ? ` Did you mean "${guess}"?` : ` Add "${id}" to sources, or correct the id.`}`);
      }
    });
  },
});
