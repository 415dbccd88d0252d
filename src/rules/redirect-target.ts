import { UNPUBLISHED_LIST, unpublishedEntries } from '../lib/addresses.ts';
import { linkProblem } from './engine/links.ts';
import { defineRule } from './engine/rule.ts';
import { stringList } from './engine/site.ts';

export default defineRule({
  id: 'redirect-target',
  severity: 'error',
  appliesTo: ['article', 'unpublished'],
  finds: `An old address in \`redirectFrom\` or ${UNPUBLISHED_LIST} that is still a page of the site, that another file already redirects, or (in ${UNPUBLISHED_LIST}) whose \`goTo\` is not a page of the site.`,
  example: 'redirectFrom names /articles/foot-massage/, which is still a page of this site (content/articles/foot-massage.mdx). Remove it from redirectFrom, or rename that file.',
  fix: 'Name only addresses the site no longer serves, each in one place, and send readers to a live page.',
  check({ document, site, report }) {
    const claim = (from: string, place: { line: number; column: number } | undefined, field: string) => {
      const page = site.byRoute.get(from);
      if (site.liveRoutes.has(from) || page) {
        report(place, `${field} names ${from}, which is still a page of this site${page ? ` (${page.path})` : ''}. Remove it from ${field}, or rename that file.`);
        return;
      }
      const owner = site.redirects.get(from);
      if (owner && owner.document !== document) report(place, `${field} names ${from}, which ${owner.document.path} already redirects to ${owner.to}. Keep it in one place.`);
    };
    if (document.kind === 'article') {
      const route = `/articles/${document.id}/`;
      if (stringList(document.data?.redirectFrom).length > 0 && !site.liveRoutes.has(route)) {
        report(document.fieldPlaces.get('redirectFrom'), `redirectFrom sends readers to ${route}, which is not published yet (a draft, or a later pubDate), so they would find no page. Publish this article in the same change, or keep the old article until then.`);
      }
      for (const from of stringList(document.data?.redirectFrom)) claim(from, document.fieldPlaces.get('redirectFrom'), 'redirectFrom');
      return;
    }
    const lines = document.text.split(/\r?\n/);
    const lineOf = (text: string) => {
      const index = lines.findIndex((line) => line.includes(text));
      return index >= 0 ? { line: index + 1, column: 1 } : { line: 1, column: 1 };
    };
    for (const page of unpublishedEntries(document.data)) {
      claim(page.address, lineOf(page.address), UNPUBLISHED_LIST);
      const problem = linkProblem(page.goTo, document, site);
      if (problem || !site.liveRoutes.has(page.goTo.split('#')[0] ?? '')) {
        report(lineOf(`goTo: ${page.goTo}`), `goTo for ${page.address} is ${page.goTo}, which is not a published page of this site${problem ? `: ${problem.message}` : ''}. Send readers to a live page, such as /articles/ or a topic.`);
      }
    }
  },
});
