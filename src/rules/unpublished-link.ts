import { defineRule } from './engine/rule.ts';
import { linkProblem } from './engine/links.ts';
import { forEachLink } from './engine/visit-links.ts';

export default defineRule({
  id: 'unpublished-link',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'A link from a published page to a draft, to an article that goes live later, or to a topic with no published article.',
  example: 'links to /articles/foot-massage/, which is a draft, so the link would be broken on the live site. Publish that article first, or remove the link.',
  fix: 'Publish the other page first, or remove the link until it is live.',
  check({ tree, document, site, report }) {
    forEachLink(tree, (url, node) => {
      const problem = linkProblem(url, document, site);
      if (problem?.kind === 'unpublished-link') report(node, problem.message);
    });
  },
});
