import { defineRule } from './engine/rule.ts';
import { linkProblem } from './engine/links.ts';
import { forEachLink } from './engine/visit-links.ts';

export default defineRule({
  id: 'broken-link',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'A link to a page of this site that does not exist.',
  example: 'links to /articles/foot-masage/, which does not exist on this site. Did you mean /articles/foot-massage/?',
  fix: 'Correct the address (it starts and ends with /), or remove the link.',
  check({ tree, document, site, report }) {
    forEachLink(tree, (url, node) => {
      const problem = linkProblem(url, document, site);
      if (problem?.kind === 'broken-link') report(node, problem.message);
    });
  },
});
