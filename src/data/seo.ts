/** The site's structured data and an article's <head> extras, from the site config and the article. */
import { breadcrumbJsonLd, medicalWebPageJsonLd, organizationJsonLd, websiteJsonLd, type JsonLdSite } from '../lib/jsonld';
import type { ReferenceData } from '../lib/references';
import { articleDescription, lastModified, type PageSeo } from '../lib/seo';
import { absolute, href, paths } from '../paths';
import { conditions, site, topics } from '../site.config';
import type { Article } from './articles';
import { articleOgInput } from './og-images';

export const jsonLdSite: JsonLdSite = {
  name: site.name,
  description: site.description,
  home: absolute(paths.home()),
  lang: site.lang,
  email: site.contacts.email,
  logo: absolute(href('/logo.png')),
};

/** The home page's structured data: the website and the organisation behind it. */
export function homeJsonLd(): object[] {
  return [websiteJsonLd(jsonLdSite), organizationJsonLd(jsonLdSite)];
}

interface Reviewer {
  name: string;
  credentials: string;
  role: string;
  url: string;
}

/** Social image, Open Graph article facts, and MedicalWebPage + breadcrumbs for an article page. */
export function articleSeo(
  article: Article,
  sources: ReadonlyArray<{ data: ReferenceData }>,
  reviewer: Reviewer | undefined,
): PageSeo {
  const { data } = article;
  const url = absolute(paths.article(article.id));
  const image = { src: paths.articleImage(article.id), alt: `${data.title} (${articleOgInput(article).topic}), ${site.name}` };
  const topicNames = data.tags.map((tag) => topics[tag].label);
  return {
    image,
    article: { publishedTime: data.pubDate, modifiedTime: lastModified(data), tags: topicNames },
    jsonLd: [
      medicalWebPageJsonLd(jsonLdSite, {
        url,
        title: data.title,
        description: articleDescription(data),
        image: absolute(image.src),
        pubDate: data.pubDate,
        updatedDate: data.updatedDate,
        lastReviewed: data.lastReviewed,
        conditions: data.conditions.map((slug) => conditions[slug]),
        topics: topicNames,
        sources: sources.map((source) => source.data),
        reviewer,
      }),
      // No /articles/ index exists yet, so the trail is Home › article.
      breadcrumbJsonLd([
        { name: 'Home', url: jsonLdSite.home },
        { name: 'Articles', url: absolute(paths.articles()) },
        { name: data.title, url },
      ]),
    ],
  };
}
