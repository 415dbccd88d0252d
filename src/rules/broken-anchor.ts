import { defineRule } from './engine/rule.ts';
import { linkProblem } from './engine/links.ts';
import { forEachLink } from './engine/visit-links.ts';

export default defineRule({
  id: 'broken-anchor',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'A link to a `#fragment` that is not on the page it points to.',
  example: 'links to #blood-flw, which is not on /articles/how-massage-may-help-sleep/. Did you mean #blood-flow?',
  fix: 'Use the heading in lower case with hyphens, as the message suggests.',
  check({ tree, document, site, report }) {
    forEachLink(tree, (url, node) => {
      const problem = linkProblem(url, document, site);
      if (problem?.kind === 'broken-anchor') report(node, problem.message);
    });
  },
});
