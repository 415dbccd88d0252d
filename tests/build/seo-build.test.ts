/**
 * A fixture site built as a deploy preview (another SITE_URL, a BASE_PATH) on
 * a pinned day, with a hostile title, a draft and a scheduled article:
 * - the hostile title comes out escaped, and unchanged, in the HTML, the
 *   JSON-LD, the feed (when the site has one) and the social image;
 * - drafts and future-dated articles leave no trace anywhere in dist/;
 * - the sitemap and robots.txt use the preview URL and base path;
 * - a second build takes every social image from the cache.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/og-image';
import { articleSource, buildFixture, decodeHtml, removeFixture, runBuild, type FixtureBuild } from './fixture-site';

// A title with a tag or an emoji fails the check (title-markup): this one holds every character that needs escaping, but no tag.
const hostileTitle = `"Sleep" & 'rest' 1 < 2 > 0 </ co`;
const hostileDescription = 'A description with "quotes", <b>tags</b>, <!-- a comment --> & an ampersand, to test escaping.';
const yamlQuoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
const origin = 'https://preview.example.org';
const home = `${origin}/kts/`;

let build: FixtureBuild;
let second: FixtureBuild;
let cacheDir: string;
let dist: string;
let firstBuildImage: Buffer;

beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'kts-og-cache-'));
  const env = { SITE_TODAY: '2026-06-01', SITE_URL: origin, BASE_PATH: '/kts', OG_CACHE_DIR: cacheDir };
  build = buildFixture(
    {
      'content/articles/hostile-title.mdx': articleSource({ title: yamlQuoted(hostileTitle), description: yamlQuoted(hostileDescription) }),
      'content/articles/secret-draft.mdx': articleSource({ title: 'Unpublished draft zebra', draft: 'true' }),
      'content/articles/scheduled-future.mdx': articleSource({ title: 'Scheduled article giraffe', pubDate: '2026-12-01', lastReviewed: '2026-12-01' }),
    },
    env,
  );
  dist = join(build.root, 'dist');
  if (build.status === 0) {
    firstBuildImage = readFileSync(join(dist, 'og/articles/hostile-title.png'));
    second = runBuild(build.root, env);
  }
});

afterAll(() => {
  removeFixture(build);
  rmSync(cacheDir, { recursive: true, force: true });
});

function filesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

/** A file's text; gzip files (such as a search index's fragments) are unpacked first. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

interface StartTag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * The start tags of an HTML document, in order, the way a browser tokenizes
 * them: quoted attribute values may hold "<" and ">", so a "<script>" inside
 * an attribute is text, not a tag. Comments are skipped.
 */
function startTags(html: string): StartTag[] {
  const tag = /<!--[^]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  return [...html.matchAll(tag)]
    .filter((match) => match[1])
    .map((match) => ({
      name: match[1]!.toLowerCase(),
      attributes: Object.fromEntries(
        [...(match[2] ?? '').matchAll(attribute)].map((a) => [a[1]!.toLowerCase(), decodeHtml(a[2] ?? a[3] ?? a[4] ?? '')]),
      ),
    }));
}

/** The content of the one <meta> with this name or property. */
function metaContent(tags: StartTag[], key: string): string | undefined {
  const found = tags.filter((tag) => tag.name === 'meta' && (tag.attributes['name'] === key || tag.attributes['property'] === key));
  expect(found, key).toHaveLength(1);
  return found[0]!.attributes['content'];
}

const hostilePage = () => readFileSync(join(dist, 'articles/hostile-title/index.html'), 'utf8');

describe('a deploy-preview build with a hostile title, a draft and a scheduled article', () => {
  it('builds, drawing the article image and the site image', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('[og] drew 2 images, reused 0 from cache');
  });

  it('escapes the hostile title in the HTML and reads it back unchanged', () => {
    const html = hostilePage();
    const tags = startTags(html);
    const title = /<title>([^]*?)<\/title>/.exec(html)![1]!;
    expect(title).not.toMatch(/[<>]/);
    // The site name is added only when the whole title stays within 70 characters.
    expect([hostileTitle, `${hostileTitle} | Knead to Sleep`]).toContain(decodeHtml(title));
    expect(metaContent(tags, 'og:title')).toBe(hostileTitle);
    expect(metaContent(tags, 'twitter:title')).toBe(hostileTitle);
    expect(metaContent(tags, 'description')).toBe(hostileDescription);
    expect(metaContent(tags, 'og:description')).toBe(hostileDescription);
    const heading = /<h1\b[^>]*>([^]*?)<\/h1>/.exec(html)![1]!.trim();
    expect(heading).not.toMatch(/[<>]/);
    expect(decodeHtml(heading)).toBe(hostileTitle);
    // The only elements the title or description could have injected are absent:
    // the page's scripts are its two JSON-LD blocks, and there is no <b>.
    expect(tags.filter((tag) => tag.name === 'script').map((tag) => tag.attributes)).toEqual([
      { type: 'application/ld+json' },
      { type: 'application/ld+json' },
    ]);
    expect(tags.some((tag) => tag.name === 'b')).toBe(false);
  });

  it('escapes the hostile title in the JSON-LD, which parses back to the exact title', () => {
    const blocks = [...hostilePage().matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((match) => match[1]!);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(block).not.toMatch(/[<>&]/);
    const [page, breadcrumbs] = blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
    expect(page).toMatchObject({ '@type': 'MedicalWebPage', headline: hostileTitle, description: hostileDescription });
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((breadcrumbs!['itemListElement'] as Array<Record<string, unknown>>).at(-1)).toMatchObject({ name: hostileTitle });
  });

  it('escapes the hostile title in the feed', () => {
    const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(xml).toContain('&lt; 2 &gt; 0');
    expect(xml).not.toContain('<script>');
    const parsed = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) as { rss: { channel: { item: Array<{ title: string; link: string }> } } };
    const items = parsed.rss.channel.item;
    expect(items.map((item) => item.link)).toEqual([`${home}articles/hostile-title/`]);
    expect(items[0]!.title).toBe(hostileTitle);
  });

  it('draws the hostile title into a 1200×630 social image at the base path', () => {
    expect(metaContent(startTags(hostilePage()), 'og:image')).toBe(`${home}og/articles/hostile-title.png`);
    expect(pngSize(readFileSync(join(dist, 'og/articles/hostile-title.png')))).toEqual({ width: 1200, height: 630 });
  });

  it('uses the preview URL and base path for canonical links, the sitemap and robots.txt', () => {
    expect(hostilePage()).toContain(`<link rel="canonical" href="${home}articles/hostile-title/">`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${home}sitemap-index.xml`);
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${home}sitemap-0.xml</loc>`);
    const pages = filesIn(dist)
      .map((file) => relative(dist, file))
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map((file) => `${home}${file.replace(/index\.html$/, '')}`);
    const locs = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs.sort()).toEqual(pages.sort());
  });

  it('leaves drafts and scheduled articles out of every page, image, sitemap, feed and index', () => {
    const files = filesIn(dist);
    for (const file of files) {
      const name = relative(dist, file);
      expect(name).not.toMatch(/secret-draft|scheduled-future/);
      if (/\.(png|woff2?|jpe?g|webp|avif)$/.test(name)) continue;
      const text = textOf(file);
      for (const trace of ['secret-draft', 'scheduled-future', 'Unpublished draft zebra', 'Scheduled article giraffe']) {
        expect(text.includes(trace), `${name} mentions ${trace}`).toBe(false);
      }
    }
  });

  it('draws nothing on a second build: the article image is kept from the last build, the default one comes from the cache', () => {
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('[og] drew 0 images, reused 1 from cache, kept 1 from the last build');
    expect(readFileSync(join(dist, 'og/articles/hostile-title.png'))).toEqual(firstBuildImage);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });
});
