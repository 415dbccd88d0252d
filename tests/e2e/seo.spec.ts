/**
 * What search engines and link previews see, checked on every page the build
 * produced (read from dist/, never a hand-kept list): titles, descriptions,
 * canonical links, Open Graph and Twitter tags, structured data, the sitemap,
 * robots.txt and the social images.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { pngSize } from '../../src/lib/og-image';
import { documentTitle, MAX_TITLE_LENGTH } from '../../src/lib/seo';
import { absoluteUrl } from '../../src/lib/urls';
import { site } from '../../src/site.config';
import { builtArticles, builtPages } from './built-site';
import { browserPages } from './sample';

const dist = join(import.meta.dirname, '../../dist');
const pages = builtPages();
const articles = builtArticles();

/** The address a built page is served at: site URL + base path + its path. */
const urlOf = (path: string) => absoluteUrl(site.url, site.base, path);
const home = urlOf('/');

/** What the editor wrote in an article's frontmatter (dates stay YYYY-MM-DD text). */
function frontmatterOf(path: string): { pubDate: string; updatedDate?: string; lastReviewed: string } {
  const id = path.split('/').at(-2)!;
  const source = readFileSync(join(import.meta.dirname, `../../content/articles/${id}.mdx`), 'utf8');
  return parseYaml(/^---\n([^]*?)\n---/.exec(source)![1]!) as { pubDate: string; updatedDate?: string; lastReviewed: string };
}

function htmlOf(path: string): string {
  return readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/** The file in dist/ behind an absolute URL of this site. */
function distFileOf(url: string): string {
  expect(url.startsWith(home), `${url} is on ${home}`).toBe(true);
  return join(dist, url.slice(home.length));
}

interface Head {
  lang: string;
  title: string;
  canonical: string[];
  meta: Record<string, string[]>;
  jsonLd: string[];
  h1: string;
  sourceCount: number;
  clinicallyReviewed: boolean;
}

/** Parses a built page with the browser's own HTML parser (no network: the page is not loaded). */
function readHead(page: Page, html: string): Promise<Head> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const meta: Record<string, string[]> = {};
    for (const element of doc.querySelectorAll('meta[property], meta[name]')) {
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      (meta[key] ??= []).push(element.getAttribute('content') ?? '');
    }
    return {
      lang: doc.documentElement.lang,
      title: doc.title,
      canonical: [...doc.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href') ?? ''),
      meta,
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      h1: doc.querySelector('h1')?.textContent?.trim() ?? '',
      sourceCount: doc.querySelectorAll('.sources li').length,
      clinicallyReviewed: (doc.querySelector('[data-testid="review-dates"]')?.textContent ?? '').includes('Clinically reviewed by'),
    };
  }, html);
}

async function readAllHeads(page: Page): Promise<Map<string, Head>> {
  const heads = new Map<string, Head>();
  for (const path of pages) heads.set(path, await readHead(page, htmlOf(path)));
  return heads;
}

/** The single value of a meta tag; fails when there is none or more than one. */
function one(head: Head, key: string): string {
  expect(head.meta[key], key).toHaveLength(1);
  return head.meta[key]![0]!;
}

type Json = Record<string, unknown>;

function blocksOf(head: Head): Json[] {
  return head.jsonLd.map((text) => JSON.parse(text) as Json);
}

test('there are pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  expect(articles.length).toBeGreaterThanOrEqual(6);
});

/** A page kept out of search results (robots noindex) claims no canonical URL and is left out of the sitemap. */
const isIndexed = (head: Head) => !head.meta['robots']?.some((value) => value.includes('noindex'));

test('every page has its language, a unique title, description and canonical URL, and Open Graph and Twitter tags', async ({ page }) => {
  const heads = await readAllHeads(page);
  for (const [path, head] of heads) {
    const description = one(head, 'description');
    expect(head.lang, path).toBe(site.lang);
    // The site name follows the page's own title unless that would pass 70 characters.
    expect(head.title.includes(site.name) || head.title.length + ` | ${site.name}`.length > MAX_TITLE_LENGTH, path).toBe(true);
    expect(head.title.length, path).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(description.trim(), path).not.toBe('');
    // Search results cut descriptions at about 160 characters.
    expect(description.length, `${path} description length`).toBeLessThanOrEqual(160);
    if (isIndexed(head)) {
      expect(head.canonical, path).toEqual([urlOf(path)]);
      expect(one(head, 'og:url'), path).toBe(urlOf(path));
    } else {
      expect(head.canonical, path).toEqual([]);
      expect(head.meta['og:url'], path).toBeUndefined();
    }

    expect(one(head, 'og:title'), path).not.toBe('');
    expect(one(head, 'og:description'), path).toBe(description);
    expect(one(head, 'og:site_name'), path).toBe(site.name);
    expect(one(head, 'og:locale'), path).toBe(site.locale);
    expect(one(head, 'og:type'), path).toBe(articles.includes(path) ? 'article' : 'website');
    expect(one(head, 'og:image'), path).toMatch(/^https?:\/\/.+\.png$/);
    expect(one(head, 'og:image:alt'), path).not.toBe('');
    expect(one(head, 'twitter:card'), path).toBe('summary_large_image');
    expect(one(head, 'twitter:title'), path).toBe(one(head, 'og:title'));
    expect(one(head, 'twitter:description'), path).toBe(description);
    expect(one(head, 'twitter:image'), path).toBe(one(head, 'og:image'));
  }
  const unique = (values: string[]) => expect(new Set(values).size, values.join('\n')).toBe(values.length);
  unique([...heads.values()].map((head) => head.title));
  unique([...heads.values()].map((head) => one(head, 'description')));
  unique([...heads.values()].flatMap((head) => head.canonical));
});

test('every article says when it was published and changed, and its topics, in Open Graph', async ({ page }) => {
  for (const path of articles) {
    const head = await readHead(page, htmlOf(path));
    const written = frontmatterOf(path);
    expect(head.title, path).toBe(documentTitle(site, head.h1));
    expect(one(head, 'og:title'), path).toBe(head.h1);
    expect(one(head, 'article:published_time'), path).toBe(written.pubDate);
    expect(one(head, 'article:modified_time'), path).toBe(written.updatedDate ?? written.pubDate);
    expect(head.meta['article:tag']?.length, path).toBeGreaterThanOrEqual(1);
  }
});

test('the 404 page has a title and description but is not indexed and claims no canonical URL; a shared link names 404.html', async ({ page }) => {
  const head = await readHead(page, htmlOf('/404.html'));
  expect(head.lang).toBe(site.lang);
  expect(head.title).toBe(`Page not found | ${site.name}`);
  expect(one(head, 'robots')).toBe('noindex');
  expect(head.canonical).toEqual([]);
  expect(head.meta['og:url']).toEqual([urlOf('/404.html')]);
});

test('every JSON-LD block parses; the home page describes the site, each article is a MedicalWebPage with breadcrumbs', async ({ page }) => {
  const heads = await readAllHeads(page);
  for (const [path, head] of heads) {
    // Escaped on the way in: no raw "<" can end the block early.
    for (const text of head.jsonLd) expect(text, path).not.toMatch(/</);
    for (const block of blocksOf(head)) expect(block['@context'], path).toBe('https://schema.org');
  }

  const homeBlocks = blocksOf(heads.get('/')!);
  expect(homeBlocks.map((block) => block['@type']).sort()).toEqual(['Organization', 'WebSite']);
  for (const block of homeBlocks) expect(block).toMatchObject({ name: site.name, url: home });

  for (const path of articles) {
    const head = heads.get(path)!;
    const blocks = blocksOf(head);
    expect(blocks.map((block) => block['@type']).sort(), path).toEqual(['BreadcrumbList', 'MedicalWebPage']);
    const medical = blocks.find((block) => block['@type'] === 'MedicalWebPage')!;
    for (const property of ['headline', 'description', 'image', 'datePublished', 'dateModified', 'lastReviewed', 'author', 'publisher', 'citation', 'inLanguage', 'url']) {
      expect(medical, `${path} ${property}`).toHaveProperty(property);
    }
    expect(medical['headline'], path).toBe(head.h1);
    expect(medical['description'], path).toBe(one(head, 'description'));
    expect(medical['url'], path).toBe(urlOf(path));
    expect(medical['image'], path).toBe(one(head, 'og:image'));
    expect(medical['inLanguage'], path).toBe(site.lang);
    expect(medical['datePublished'], path).toBe(one(head, 'article:published_time'));
    expect(medical['dateModified'], path).toBe(one(head, 'article:modified_time'));
    expect(medical['lastReviewed'], path).toBe(frontmatterOf(path).lastReviewed);
    expect(medical['author'], path).toMatchObject({ '@type': 'Organization', name: site.name });
    expect(medical['publisher'], path).toMatchObject({ '@type': 'Organization', name: site.name });
    // One citation per source listed on the page, each with a name.
    const citations = medical['citation'] as Json[];
    expect(citations, path).toHaveLength(head.sourceCount);
    for (const citation of citations) {
      expect(['ScholarlyArticle', 'CreativeWork'], path).toContain(citation['@type']);
      expect(citation['name'], path).toEqual(expect.any(String));
    }
    // A reviewer is named only when the page shows a real one.
    expect('reviewedBy' in medical, path).toBe(head.clinicallyReviewed);

    const trail = blocks.find((block) => block['@type'] === 'BreadcrumbList')!['itemListElement'] as Json[];
    expect(trail[0], path).toMatchObject({ position: 1, item: home });
    expect(trail.at(-1), path).toMatchObject({ position: trail.length, name: head.h1, item: urlOf(path) });
  }
});

test('pages with JSON-LD pass the Content Security Policy in Chromium, which still allows no inline scripts', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  // Every page's policy and blocks are read statically above; loading them in the browser is for the sample.
  for (const path of ['/', ...browserPages().filter((visited) => articles.includes(visited))]) {
    await page.goto(path);
    await expect(page.locator('script[type="application/ld+json"]').first(), path).toBeAttached();
    // A <meta> policy governs only what follows it, so the blocks must come after it for this test to mean anything.
    const blocksFollowPolicy = await page.evaluate(() => {
      const policy = document.querySelector('meta[http-equiv="content-security-policy"]');
      const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
      return Boolean(policy) && blocks.every((block) => policy!.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(blocksFollowPolicy, path).toBe(true);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').find((directive) => directive.trim().startsWith('script-src'));
    expect(scriptSrc, path).toBeDefined();
    expect(scriptSrc, path).not.toContain('unsafe-inline');
  }
  expect(violations).toEqual([]);
});

function sitemapEntries(): Array<{ loc: string; lastmod?: string }> {
  const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: Array<{ loc: string }> } };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const sitemap = parser.parse(readFileSync(distFileOf(loc), 'utf8')) as { urlset: { url: Array<{ loc: string; lastmod?: string }> } };
    return sitemap.urlset.url;
  });
}

test('the sitemap lists exactly the public pages, articles with the date they last changed', async ({ page }) => {
  const heads = await readAllHeads(page);
  const indexed = pages.filter((path) => isIndexed(heads.get(path)!));
  const entries = sitemapEntries();
  expect(entries.map((entry) => entry.loc).sort()).toEqual(indexed.map(urlOf).sort());
  expect(entries.some((entry) => entry.loc.includes('404'))).toBe(false);
  for (const path of articles) {
    const entry = entries.find((candidate) => candidate.loc === urlOf(path));
    expect(entry?.lastmod?.slice(0, 10), path).toBe(one(heads.get(path)!, 'article:modified_time'));
  }
});

test('robots.txt allows crawling and points at the sitemap index, which exists', async ({ request }) => {
  const response = await request.get('robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap).toBe(urlOf('/sitemap-index.xml'));
  expect(existsSync(distFileOf(sitemap!))).toBe(true);
});

test('every page has a 1200×630 social image, and each article its own', async ({ page, request }) => {
  const heads = await readAllHeads(page);
  for (const [path, head] of heads) {
    const image = one(head, 'og:image');
    const file = distFileOf(image);
    expect(existsSync(file), `${path}: ${image}`).toBe(true);
    expect(pngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
    expect(one(head, 'og:image:width')).toBe('1200');
    expect(one(head, 'og:image:height')).toBe('630');
    expect(one(head, 'og:image:type')).toBe('image/png');
  }
  const articleImages = articles.map((path) => one(heads.get(path)!, 'og:image'));
  expect(new Set(articleImages).size).toBe(articles.length);
  const response = await request.get(new URL(articleImages[0]!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});
