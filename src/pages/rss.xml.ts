/** The RSS 2.0 feed of published articles, newest first. */
import rss from '@astrojs/rss';
import { getPublishedArticles } from '../data/articles';
import { absoluteUrl } from '../lib/urls';
import { paths } from '../paths';
import { site, topics } from '../site.config';

export async function GET() {
  const articles = await getPublishedArticles();
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl(site.url, site.base, '/'),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address (recommended by feed validators) and its language.
    customData: `<language>${site.lang}</language><atom:link href="${absoluteUrl(site.url, site.base, '/rss.xml')}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      // A calendar date has no time; midnight UTC keeps the day the same for every reader.
      pubDate: new Date(`${article.data.pubDate}T00:00:00Z`),
      categories: article.data.tags.map((slug) => topics[slug].label),
      link: `${site.url}${paths.article(article.id)}`,
    })),
  });
}
