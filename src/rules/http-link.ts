import { defineRule } from './engine/rule.ts';
import { forEachLink } from './engine/visit-links.ts';

export default defineRule({
  id: 'http-link',
  severity: 'error',
  completeness: true,
  appliesTo: ['article', 'page'],
  finds: 'A link starting `http://`: the browser may warn readers or block it, and anyone on the network can change the page on its way (a warning while the article is a draft).',
  example: 'links to http://www.nhs.uk/conditions/insomnia/, which is not secure. Use https://www.nhs.uk/conditions/insomnia/ (open it first to check the site answers on https).',
  fix: 'Write `https://` instead, after checking that the page opens that way.',
  check({ tree, report }) {
    forEachLink(tree, (url, node) => {
      if (!/^http:\/\//i.test(url)) return;
      const secure = url.replace(/^http:/i, 'https:');
      report(node, `links to ${url}, which is not secure. Use ${secure} (open it first to check the site answers on https).`);
    });
  },
});
