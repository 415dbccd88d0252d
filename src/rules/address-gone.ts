import { ADDRESS_LIST, parseAddressList, UNPUBLISHED_LIST } from '../lib/addresses.ts';
import { closestMatch } from '../lib/errors.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'address-gone',
  severity: 'error',
  appliesTo: ['addresses'],
  finds: `An address in ${ADDRESS_LIST} that the site no longer serves (an article renamed, deleted or made a draft again): links to it from other sites would break.`,
  example: `/articles/foot-massage/ was published, and the site no longer serves it, so links to it from elsewhere would break. If the article was renamed, add redirectFrom: ["/articles/foot-massage/"] to its frontmatter (did it become /articles/foot-massage-at-bedtime/?). If it was taken down, add it to ${UNPUBLISHED_LIST} with where readers should go instead.`,
  fix: `Name the old address in the new article's \`redirectFrom\`, or add it to ${UNPUBLISHED_LIST}.`,
  check({ document, site, report }) {
    const listed = parseAddressList(document.text);
    const articleRoutes = [...site.liveRoutes].filter((route) => /^\/articles\/[^/]+\/$/.test(route));
    for (const { address, line } of listed) {
      if (site.liveRoutes.has(address) || site.redirects.has(address)) continue;
      const renamed = address.startsWith('/articles/') ? closestMatch(address, articleRoutes) : undefined;
      report(
        { line, column: 1 },
        `${address} was published, and the site no longer serves it, so links to it from elsewhere would break. If the article was renamed, add redirectFrom: ["${address}"] to its frontmatter${renamed ? ` (did it become ${renamed}?)` : ''}. If it was taken down, add it to ${UNPUBLISHED_LIST} with where readers should go instead.`,
      );
    }
  },
});
