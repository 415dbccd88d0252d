/** The RSS 2.0 feed of every article change, newest first; each item links to the entry in the article's history. */
import rss from '@astrojs/rss';
import { changeTitle, publishedChanges } from '../data/updates';
import { absoluteUrl } from '../lib/urls';
import { paths } from '../paths';
import { site } from '../site.config';

export async function GET() {
  const changes = await publishedChanges();
  return rss({
    title: `${site.name}: updates and corrections`,
    description: `Every change to a ${site.name} article: what changed, why, and whether it corrected a mistake.`,
    site: absoluteUrl(site.url, site.base, '/'),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${absoluteUrl(site.url, site.base, '/updates.xml')}" rel="self" type="application/rss+xml"/>`,
    items: changes.map((change) => ({
      title: changeTitle(change),
      description: `${change.what} Why: ${change.why}`,
      // A calendar date has no time; midnight UTC keeps the day the same for every reader.
      pubDate: new Date(`${change.date}T00:00:00Z`),
      categories: change.correction ? ['Correction'] : ['Update'],
      link: `${site.url}${paths.article(change.articleId)}#${change.anchor}`,
    })),
  });
}
