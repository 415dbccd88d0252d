/**
 * What search engines and link previews read in a page's <head>: the title,
 * description, canonical link, Open Graph and Twitter tags; plus robots.txt
 * and the sitemap's last-modified dates. Pure: plain data in, tags out.
 */

/** The size link previews expect of a social image (Open Graph and Twitter's large card). */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface SeoSite {
  name: string;
  tagline: string;
  /** Open Graph locale, e.g. en_GB. */
  locale: string;
}

export interface SocialImage {
  /** Absolute URL: link previews do not resolve relative ones. */
  url: string;
  alt: string;
  width: number;
  height: number;
  type: string;
}

/** Open Graph article facts, dates written YYYY-MM-DD. */
export interface ArticleMeta {
  publishedTime: string;
  modifiedTime: string;
  /** Topic names as readers see them. */
  tags: readonly string[];
}

export interface PageMeta {
  /** The page's own title; none on the home page. */
  title?: string | undefined;
  description: string;
  /** Absolute URL of the page. Left out for pages that are not indexed. */
  canonical?: string | undefined;
  /** Absolute URL for og:url, for a page with no canonical link (the 404 page); otherwise the canonical URL. */
  url?: string | undefined;
  noindex?: boolean | undefined;
  image: SocialImage;
  article?: ArticleMeta | undefined;
}

export interface MetaTag {
  /** Open Graph uses `property`, everything else `name`. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** Search results show about 70 characters of a title. */
export const MAX_TITLE_LENGTH = 70;

/** Search results cut a description at about this many characters. */
export const MAX_DESCRIPTION_LENGTH = 160;
/** The shortest text worth a search result's snippet (the description field's own minimum). */
export const MIN_DESCRIPTION_LENGTH = 50;

/**
 * An article's page description: its answer first when that fits a search
 * result (50 to 160 characters), otherwise its description.
 */
export function articleDescription(data: { description: string; answer?: string | undefined }): string {
  const answer = data.answer?.trim();
  return answer && answer.length >= MIN_DESCRIPTION_LENGTH && answer.length <= MAX_DESCRIPTION_LENGTH ? answer : data.description;
}

/** "Page | Site", or "Site: tagline" on the home page; the site name is left off when it would not fit. */
export function documentTitle(site: SeoSite, title?: string): string {
  if (!title) return `${site.name}: ${site.tagline}`;
  const withSiteName = `${title} | ${site.name}`;
  return withSiteName.length <= MAX_TITLE_LENGTH ? withSiteName : title;
}

/** Every <meta> tag of a page, in the order they are written. */
export function metaTags(site: SeoSite, page: PageMeta): MetaTag[] {
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const title = page.title ?? documentTitle(site);
  const tags: MetaTag[] = [name('description', page.description)];
  if (page.noindex) tags.push(name('robots', 'noindex'));
  tags.push(
    property('og:type', page.article ? 'article' : 'website'),
    property('og:site_name', site.name),
    property('og:locale', site.locale),
    property('og:title', title),
    property('og:description', page.description),
  );
  const url = page.canonical ?? page.url;
  if (url) tags.push(property('og:url', url));
  tags.push(
    property('og:image', page.image.url),
    property('og:image:type', page.image.type),
    property('og:image:width', String(page.image.width)),
    property('og:image:height', String(page.image.height)),
    property('og:image:alt', page.image.alt),
  );
  if (page.article) {
    tags.push(
      property('article:published_time', page.article.publishedTime),
      property('article:modified_time', page.article.modifiedTime),
      ...page.article.tags.map((tag) => property('article:tag', tag)),
    );
  }
  tags.push(
    name('twitter:card', 'summary_large_image'),
    name('twitter:title', title),
    name('twitter:description', page.description),
    name('twitter:image', page.image.url),
    name('twitter:image:alt', page.image.alt),
  );
  return tags;
}

/** robots.txt: everything may be crawled; the sitemap index says what there is. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

/** When an article last changed: its updatedDate, else its pubDate. */
export function lastModified(article: { pubDate: string; updatedDate?: string | undefined }): string {
  return article.updatedDate ?? article.pubDate;
}

/** A sitemap entry with its lastmod, when the page is one we know a date for. */
export function withLastmod<T extends { url: string }>(item: T, lastmods: ReadonlyMap<string, string>): T & { lastmod?: string } {
  const lastmod = lastmods.get(item.url);
  return lastmod ? { ...item, lastmod } : item;
}

/** What a page can add to its <head> beyond title and description (BaseLayout props). */
export interface PageSeo {
  /** The social image: a site link (paths.articleImage(…)) and what it shows. Defaults to the site image. */
  image?: { src: string; alt: string } | undefined;
  article?: ArticleMeta | undefined;
  /** Structured data blocks, one <script type="application/ld+json"> each. */
  jsonLd?: ReadonlyArray<object> | undefined;
}
