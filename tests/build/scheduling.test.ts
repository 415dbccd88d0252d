/**
 * Drafts and scheduled articles: a production build leaves them out of every
 * file it writes (pages, home, topics, feed, sitemap, search index, related
 * links), and a scheduled article appears in the first build on or after its
 * pubDate. SITE_TODAY pins "today", so the day boundary is tested without waiting.
 * The dev server shows both, each with a banner saying it is not published.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixtureAsync, devFixture, filesUnder, removeFixture, type DevFixture, type FixtureBuild } from './fixture-site';

const published = { id: 'published-on-the-day', title: 'Published on the day Qwyx' };
const draft = { id: 'draft-article-zebu', title: 'A draft article Zebu' };
const scheduled = { id: 'scheduled-article-kiwa', title: 'A scheduled article Kiwa' };

const files = {
  [`content/articles/${published.id}.mdx`]: articleSource({ title: `"${published.title}"`, pubDate: '2026-06-01', lastReviewed: '2026-06-01' }),
  [`content/articles/${draft.id}.mdx`]: articleSource({ title: `"${draft.title}"`, pubDate: '2026-05-01', lastReviewed: '2026-05-01', draft: 'true' }),
  [`content/articles/${scheduled.id}.mdx`]: articleSource({ title: `"${scheduled.title}"`, pubDate: '2026-06-02', lastReviewed: '2026-06-02' }),
};

/** Every text file the build wrote (HTML, XML, JSON, JS, CSS, txt), with its path in dist. */
function builtTextFiles(dist: string): Array<{ path: string; text: string }> {
  return filesUnder(dist)
    .filter((path) => /\.(html|xml|json|js|mjs|css|txt|webmanifest)$/.test(path))
    .map((path) => ({ path: relative(dist, path), text: readFileSync(path, 'utf8') }));
}

/** Paths of built files that mention the article's title or id. */
function mentions(build: FixtureBuild, article: { id: string; title: string }): string[] {
  return builtTextFiles(join(build.root, 'dist'))
    .filter(({ path, text }) => path.includes(article.id) || text.includes(article.id) || text.includes(article.title))
    .map(({ path }) => path);
}

let onTheDay: FixtureBuild;
let dayAfter: FixtureBuild;

beforeAll(async () => {
  [onTheDay, dayAfter] = await Promise.all([buildFixtureAsync(files, { SITE_TODAY: '2026-06-01' }), buildFixtureAsync(files, { SITE_TODAY: '2026-06-02', NODE_ENV: 'development' })]);
});
afterAll(() => {
  for (const build of [onTheDay, dayAfter]) if (build) removeFixture(build);
});

describe('a production build on 2026-06-01', () => {
  it('builds', () => {
    expect(onTheDay.status, onTheDay.output).toBe(0);
  });

  it('publishes the article dated today, and lists it on the home page', () => {
    expect(mentions(onTheDay, published)).toEqual(expect.arrayContaining([`articles/${published.id}/index.html`, 'index.html']));
  });

  it('writes no page for the draft and mentions it in no built file', () => {
    expect(mentions(onTheDay, draft)).toEqual([]);
  });

  it('writes no page for the article scheduled for tomorrow and mentions it in no built file', () => {
    expect(mentions(onTheDay, scheduled)).toEqual([]);
  });
});

// Built with NODE_ENV=development, as in a shell that sets it: a build must still hide drafts.
describe('a production build on 2026-06-02, with NODE_ENV=development', () => {
  it('publishes the scheduled article on its day, and lists it on the home page', () => {
    expect(dayAfter.status, dayAfter.output).toBe(0);
    expect(mentions(dayAfter, scheduled)).toEqual(expect.arrayContaining([`articles/${scheduled.id}/index.html`, 'index.html']));
  });

  it('still leaves the draft out everywhere', () => {
    expect(mentions(dayAfter, draft)).toEqual([]);
  });
});

// One dev server for both: `npm run dev` shows what a build hides, and marks it, so an editor never
// mistakes a preview for the live page. (A production build never has a banner: tests/build/rulebook-parity.test.ts.)
describe('npm run dev', () => {
  const farAhead = { id: 'a-scheduled-one', title: 'A scheduled one' };
  let dev: DevFixture;
  beforeAll(async () => {
    dev = await devFixture({
      ...files,
      [`content/articles/${farAhead.id}.mdx`]: articleSource({ title: `"${farAhead.title}"`, pubDate: '2099-03-01', lastReviewed: '2099-03-01' }),
    });
    expect(await dev.started, dev.output()).toBe('ready');
  }, 180_000);
  afterAll(() => dev?.stop());
  const page = async (id: string) => (await fetch(`${dev.url}/articles/${id}/`)).text();

  it('shows drafts and scheduled articles, so editors can preview them', async () => {
    for (const article of [draft, farAhead]) {
      const response = await fetch(`${dev.url}/articles/${article.id}/`);
      expect(response.status, article.id).toBe(200);
      expect(await response.text()).toContain(article.title);
    }
    expect(await (await fetch(`${dev.url}/`)).text()).toContain(draft.title);
  });

  it('marks drafts and scheduled articles, and only them', async () => {
    expect(await page(draft.id)).toMatch(/data-testid="draft-banner"[^>]*>\s*Draft: not published/);
    expect(await page(farAhead.id)).toMatch(/data-testid="draft-banner"[^>]*>\s*Scheduled for 1 March 2099: not published yet\./);
    expect(await page(published.id)).not.toContain('data-testid="draft-banner"');
  });

  it('runs the content check at start, without holding the server up, and reports without stopping it', async () => {
    await expect.poll(() => dev.output(), { timeout: 30_000 }).toContain('content check:');
  });
});
