import { describe, expect, it } from 'vitest';
import { articleDescription, documentTitle, lastModified, metaTags, robotsTxt, withLastmod, type MetaTag, type PageMeta } from '../../src/lib/seo';

const site = { name: 'Knead to Sleep', tagline: 'What the evidence really says', locale: 'en_GB' };
const image = { url: 'https://example.org/og/site.png', alt: 'Knead to Sleep', width: 1200, height: 630, type: 'image/png' };
const page: PageMeta = {
  title: 'About',
  description: 'Who writes this site and how.',
  canonical: 'https://example.org/about/',
  image,
};

/** Every value of a tag, e.g. all article:tag contents. */
function values(tags: MetaTag[], key: string): string[] {
  return tags.filter((tag) => tag.key === key).map((tag) => tag.content);
}

describe('documentTitle', () => {
  it.each([
    [undefined, 'Knead to Sleep: What the evidence really says'],
    ['', 'Knead to Sleep: What the evidence really says'],
    ['About', 'About | Knead to Sleep'],
    // 53 + 17 = 70 characters: still fits.
    ['x'.repeat(53), `${'x'.repeat(53)} | Knead to Sleep`],
    // Past 70 characters the site name is dropped, so search results show the whole headline.
    ['Massage and sleep disorders: what it can and cannot do', 'Massage and sleep disorders: what it can and cannot do'],
  ])('%j → %s', (title, expected) => {
    expect(documentTitle(site, title)).toBe(expected);
  });
});

describe('metaTags', () => {
  it('gives an ordinary page website Open Graph tags, a large Twitter card and no article tags', () => {
    const tags = metaTags(site, page);
    expect(values(tags, 'description')).toEqual([page.description]);
    expect(values(tags, 'og:type')).toEqual(['website']);
    expect(values(tags, 'og:title')).toEqual(['About']);
    expect(values(tags, 'og:url')).toEqual(['https://example.org/about/']);
    expect(values(tags, 'og:site_name')).toEqual(['Knead to Sleep']);
    expect(values(tags, 'og:locale')).toEqual(['en_GB']);
    expect(values(tags, 'og:image')).toEqual([image.url]);
    expect(values(tags, 'og:image:width')).toEqual(['1200']);
    expect(values(tags, 'og:image:height')).toEqual(['630']);
    expect(values(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(values(tags, 'twitter:image')).toEqual([image.url]);
    expect(tags.some((tag) => tag.key.startsWith('article:'))).toBe(false);
    expect(values(tags, 'robots')).toEqual([]);
  });

  it('uses `property` for Open Graph and article tags and `name` for the rest', () => {
    for (const tag of metaTags(site, { ...page, article: { publishedTime: '2026-01-01', modifiedTime: '2026-01-01', tags: ['x'] } })) {
      expect(tag.attribute, tag.key).toBe(/^(og|article):/.test(tag.key) ? 'property' : 'name');
    }
  });

  it('titles the home page with the site name and tagline', () => {
    const tags = metaTags(site, { ...page, title: undefined });
    expect(values(tags, 'og:title')).toEqual(['Knead to Sleep: What the evidence really says']);
    expect(values(tags, 'twitter:title')).toEqual(['Knead to Sleep: What the evidence really says']);
  });

  it('marks an article as one, with its dates and one article:tag per topic', () => {
    const tags = metaTags(site, {
      ...page,
      article: { publishedTime: '2026-01-15', modifiedTime: '2026-03-01', tags: ['Insomnia', 'Self-massage'] },
    });
    expect(values(tags, 'og:type')).toEqual(['article']);
    expect(values(tags, 'article:published_time')).toEqual(['2026-01-15']);
    expect(values(tags, 'article:modified_time')).toEqual(['2026-03-01']);
    expect(values(tags, 'article:tag')).toEqual(['Insomnia', 'Self-massage']);
  });

  it('keeps a page that is not indexed out of search results, and a shared link to it still names its address', () => {
    const tags = metaTags(site, { ...page, canonical: undefined, url: 'https://example.org/404.html', noindex: true });
    expect(values(tags, 'robots')).toEqual(['noindex']);
    expect(values(tags, 'og:url')).toEqual(['https://example.org/404.html']);
  });
});

describe('robotsTxt', () => {
  it('allows everything and points at the sitemap index', () => {
    const text = robotsTxt('https://example.org/kts/sitemap-index.xml');
    expect(text.split('\n')).toEqual(['User-agent: *', 'Allow: /', '', 'Sitemap: https://example.org/kts/sitemap-index.xml', '']);
  });
});

describe('lastModified', () => {
  it.each([
    [{ pubDate: '2026-01-15' }, '2026-01-15'],
    [{ pubDate: '2026-01-15', updatedDate: undefined }, '2026-01-15'],
    [{ pubDate: '2026-01-15', updatedDate: '2026-04-02' }, '2026-04-02'],
  ])('%j → %s', (article, expected) => {
    expect(lastModified(article)).toBe(expected);
  });
});

describe('withLastmod', () => {
  const lastmods = new Map([['https://example.org/articles/a/', '2026-04-02']]);
  it.each([
    ['https://example.org/articles/a/', { lastmod: '2026-04-02' }],
    ['https://example.org/about/', {}],
    ['https://example.org/articles/a', {}],
  ])('%s', (url, extra) => {
    expect(withLastmod({ url, links: [] }, lastmods)).toEqual({ url, links: [], ...extra });
  });
});

describe('articleDescription: the answer first as the page description when it fits', () => {
  const description = 'The description field, written for search results, at least fifty characters.';
  it.each([
    ['no answer', undefined, description],
    ['an answer of 50 to 160 characters', 'Massage may help you relax. It is not a treatment for insomnia: try CBT-I first.', 'Massage may help you relax. It is not a treatment for insomnia: try CBT-I first.'],
    ['an answer under 50 characters', 'Massage may help you relax for a while.', description],
    ['an answer over 160 characters', `${'Massage may help you relax for a while. '.repeat(4)}Try CBT-I first.`, description],
  ])('%s', (_name, answer, expected) => {
    expect(articleDescription({ description, answer })).toBe(expected);
  });
});
