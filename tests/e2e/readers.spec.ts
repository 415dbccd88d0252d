/**
 * What a reader does with the built site: browse topics and the archive, use an
 * article's reading aids, search, subscribe, print, and do all of it by keyboard.
 */
import { matchesGlob, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { SEARCHED_PAGES } from '../../src/integrations/search-index';
import { ARCHIVE_PAGE_SIZE } from '../../src/lib/pagination';
import { decodeEntities } from '../../src/lib/search';
import { builtArticles, builtPages } from './built-site';
import { builtFile, builtHtml, dist } from './page-checks';

const articles = builtArticles();
const pages = builtPages();
/** An article with many sections, a care card, external links and sources. */
const longArticle = '/articles/massage-therapy-for-insomnia/';
/** The article's own sections: h2s with an id in the body, less the Key points box. */
// The key points and the evidence-at-a-glance figure open every article; they are not its sections.
const sectionHeadings = '.prose h2[id]:not(#key-points-heading):not(#glance-heading)';

function pathOf(href: string): string {
  return new URL(href, 'http://localhost').pathname;
}

async function linkPaths(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/**
 * What matches `selectors` in a built page, read from dist/ without loading it
 * (checks on every article stay fast however many articles there are): for
 * each selector, each match's href (or its id when it has none).
 */
async function builtMatches(page: Page, path: string, selectors: readonly string[]): Promise<string[][]> {
  return page.evaluate(
    ([source, wanted]) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return wanted.map((selector) => [...doc.querySelectorAll(selector)].map((element) => element.getAttribute('href') ?? element.id));
    },
    [builtHtml(path), selectors] as const,
  );
}

/** Collects console errors and uncaught exceptions (a CSP violation is a console error). */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('topics', () => {
  test('the topics index links every topic with its article count, and each topic page lists that many', async ({ page }) => {
    await page.goto('/topics/');
    const items = page.locator('.topic-index-item');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(1);
    const topics: Array<{ path: string; count: number }> = [];
    for (let index = 0; index < count; index++) {
      const item = items.nth(index);
      const path = pathOf((await item.getByRole('link').getAttribute('href'))!);
      const shown = Number((await item.locator('.topic-count').innerText()).match(/(\d+) articles?/)![1]);
      topics.push({ path, count: shown });
    }
    for (const topic of topics) {
      expect(topic.path).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
      await page.goto(topic.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('.article-card'), topic.path).toHaveCount(topic.count);
    }
  });

  test('every topic link on an article leads to a topic page that lists the article', async ({ page }) => {
    const listedOn = new Map<string, string[]>();
    for (const article of articles) {
      const [topicLinks] = await builtMatches(page, article, ['.topic-links a']);
      expect(topicLinks!.length, article).toBeGreaterThan(0);
      for (const topic of topicLinks!.map(pathOf)) listedOn.set(topic, [...(listedOn.get(topic) ?? []), article]);
    }
    for (const [topic, tagged] of listedOn) {
      await page.goto(topic);
      const listed = (await linkPaths(page, '.article-card a')).map(pathOf);
      expect([...listed].sort(), `${topic} lists exactly the articles that link to it`).toEqual([...tagged].sort());
    }
  });
});

test.describe('archive', () => {
  test(`/articles/ and its later pages list every article once, newest first, ${ARCHIVE_PAGE_SIZE} to a page`, async ({ page, request }) => {
    const pageCount = Math.ceil(articles.length / ARCHIVE_PAGE_SIZE);
    const archivePages = ['/articles/', ...Array.from({ length: pageCount - 1 }, (_, index) => `/articles/page/${index + 2}/`)];
    const listed: string[] = [];
    const dates: string[] = [];
    for (const archivePage of archivePages) {
      await page.goto(archivePage);
      const onPage = (await linkPaths(page, '.article-card a')).map(pathOf);
      expect(onPage.length, archivePage).toBeLessThanOrEqual(ARCHIVE_PAGE_SIZE);
      listed.push(...onPage);
      dates.push(...(await page.locator('.article-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))));
      await expect(page.getByRole('navigation', { name: 'Archive pages' }), archivePage).toHaveCount(pageCount > 1 ? 1 : 0);
    }
    expect([...listed].sort()).toEqual(articles);
    expect(dates).toEqual([...dates].sort().reverse());
    // Page 1 lives at /articles/ only, and there is no page after the last.
    expect((await request.get('/articles/page/1/')).status()).toBe(404);
    expect((await request.get(`/articles/page/${pageCount + 1}/`)).status()).toBe(404);
  });

  test('the main navigation reaches the archive, topics and search, and marks the current page', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [name, path] of [['Articles', '/articles/'], ['Topics', '/topics/'], ['Search', '/search/']] as const) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    }
  });
});

test.describe('reading aids on an article', () => {
  test('shows a reading time and a contents list of its sections (not Key points, not footnotes)', async ({ page }) => {
    await page.goto(longArticle);
    await expect(page.getByTestId('reading-time')).toHaveText(/^\d+ minute read$/);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const tocTargets = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const sectionIds = await page.locator(sectionHeadings).evaluateAll((headings) => headings.map((h) => `#${h.id}`));
    expect(tocTargets).toEqual(sectionIds);
    expect(tocTargets.length).toBeGreaterThanOrEqual(3);
    await expect(toc).not.toContainText(/Key points|Footnotes/);
  });

  test('every article has a contents list exactly when it has three or more sections', async ({ page }) => {
    for (const article of articles) {
      const [sections, tocs] = await builtMatches(page, article, [sectionHeadings, 'nav[aria-labelledby="toc-heading"]']);
      expect(tocs!.length, article).toBe(sections!.length >= 3 ? 1 : 0);
    }
  });

  test('related articles are up to three other articles, and previous/next walk the whole archive', async ({ page }) => {
    const archivePages = ['/articles/', ...pages.filter((path) => /^\/articles\/page\/\d+\/$/.test(path)).sort((a, b) => parseInt(a.slice(15)) - parseInt(b.slice(15)))];
    const archiveOrder: string[] = [];
    for (const archivePage of archivePages) archiveOrder.push(...(await builtMatches(page, archivePage, ['.article-card a']))[0]!.map(pathOf));
    expect([...archiveOrder].sort()).toEqual(articles);

    for (const article of articles) {
      const [links] = await builtMatches(page, article, ['.related .article-card a']);
      const related = links!.map(pathOf);
      expect(related.length, article).toBeLessThanOrEqual(3);
      expect(related, article).not.toContain(article);
      for (const path of related) expect(articles).toContain(path);
    }

    // From the newest article, "Previous article" visits every article in archive order
    // (followed in the built pages; one click checks the link works in the browser).
    const visited = [archiveOrder[0]!];
    expect((await builtMatches(page, visited[0]!, ['a[rel="next"]']))[0]).toEqual([]);
    while (visited.length <= articles.length) {
      const [previous] = await builtMatches(page, visited.at(-1)!, ['a[rel="prev"]']);
      if (previous!.length === 0) break;
      visited.push(pathOf(previous![0]!));
    }
    await page.goto(archiveOrder[0]!);
    await page.locator('a[rel="prev"]').click();
    expect(pathOf(page.url())).toBe(archiveOrder[1] ?? archiveOrder[0]);
    expect(visited).toEqual(archiveOrder);
  });

  test('with no contact confirmed (the committed config), no page or JSON-LD carries an email address or repository link', () => {
    // Contacts come from src/site.config.ts or the deploy environment (src/lib/contacts.ts); this build sets none.
    for (const path of [...builtPages(), '/404.html']) {
      const html = builtHtml(path);
      expect(html, path).not.toMatch(/mailto:|[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(html, path).not.toMatch(/github\.com|\/issues\/new|\/edit\/main\//);
      expect(html, path).not.toContain('Questions or corrections?');
    }
  });
});

test.describe('search', () => {
  test('Pagefind reads every page with searchable text, and every article is one', () => {
    const searchable = [...builtPages(), '/404.html'].filter((path) => builtHtml(path).includes('data-pagefind-body'));
    expect(searchable.sort()).toEqual([...builtArticles()].sort());
    for (const path of searchable) expect(matchesGlob(relative(dist, builtFile(path)), SEARCHED_PAGES), path).toBe(true);
  });

  test('typing a word finds the article about it, with the word highlighted in an excerpt', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/search/');
    const input = page.getByRole('searchbox', { name: 'Search the articles' });
    await input.fill('reflexology');
    await input.press('Enter');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ articles? found for “reflexology”\.$/);
    const results = page.locator('#search-results > li');
    await expect(results.first().getByRole('link').first()).toHaveAttribute('href', '/articles/foot-reflexology-and-sleep/');
    await expect(results.first().locator('mark').first()).toHaveText(/reflexology/i);
    await expect(page).toHaveURL(/\?q=reflexology$/);
    await results.first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/reflexology/i);
    expect(errors).toEqual([]);
  });

  test('each result opens with the article\'s answer first, as the article shows it', async ({ page }) => {
    await page.goto('/search/?q=massage');
    const results = page.locator('#search-results > li');
    await expect(results.first()).toBeVisible();
    for (const result of (await results.all()).slice(0, 5)) {
      const href = (await result.getByRole('link').first().getAttribute('href'))!;
      const html = builtHtml(href);
      const answer = html.match(/<span data-pagefind-meta="answer"[^>]*>([^<]*)<\/span>/)?.[1];
      // Articles without an answer yet show their lede in its place.
      const lede = html.match(/<p class="lede[^"]*" data-pagefind-meta="description"[^>]*>([^<]*)<\/p>/)?.[1];
      await expect(result.locator('.search-answer')).toHaveText(decodeEntities((answer ?? lede)!));
    }
  });

  test('a query in the address runs the search, and no match says so', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/search/?q=apnoea');
    await expect(page.getByRole('searchbox')).toHaveValue('apnoea');
    // The sleep-disorders guide is among the first three results (the reader-question test checks ranking for many more queries).
    await expect(page.locator('#search-results > li:nth-child(-n+3) a[href="/articles/massage-and-sleep-disorders/"]').first()).toBeVisible();

    await page.goto('/search/?q=xylophonequartz');
    await expect(page.getByRole('status')).toHaveText(/No articles found for “xylophonequartz”/);
    await expect(page.locator('#search-results li')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('only the article text is indexed: the disclaimer and the site navigation are not', async ({ page }) => {
    // "cookies" is in every page's footer and in no article.
    await page.goto('/search/?q=cookies');
    await expect(page.getByRole('status')).toHaveText(/No articles found/);
  });

  test('the search page loads one external module script and no inline script', async ({ page }) => {
    await page.goto('/search/');
    const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), text: s.textContent?.trim() ?? '' })));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ type: 'module', text: '' });
    expect(scripts[0]!.src).toMatch(/^\/_astro\/.+\.js$/);
  });

  test('without JavaScript the search box is not offered (it could only reload this page), and the page offers the topics and the archive', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=sleep');
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    // (Playwright's getByText skips <noscript>, so the message is found by its class.)
    await expect(page.locator('.search-noscript')).toBeVisible();
    await expect(page.locator('.search-noscript')).toContainText('Search needs JavaScript');
    const fallback = page.getByTestId('search-fallback');
    await expect(fallback.getByRole('link', { name: 'All articles, newest first' })).toHaveAttribute('href', '/articles/');
    expect((await linkPaths(page, '[data-testid="search-fallback"] a[href^="/topics/"]')).length).toBeGreaterThan(0);
    await context.close();
  });
});

test.describe('feed', () => {
  test('/rss.xml is RSS 2.0 with every published article', async ({ page, request }) => {
    const response = await request.get('/rss.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(response.headers()['content-type']).toMatch(/xml/);
    // Well-formed XML, by the browser's strict XML parser.
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml)).toBeNull();
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' || name === 'category' }).parse(xml);
    expect(feed.rss['@version']).toBe('2.0');
    const channel = feed.rss.channel;
    expect(channel.title).toBe('Knead to Sleep');
    expect(channel.link).toMatch(/^https:\/\/.+\/$/);
    expect(String(channel.description).length).toBeGreaterThan(20);

    const items: Array<Record<string, unknown>> = channel.item;
    expect(items.map((item) => new URL(String(item.link)).pathname).sort()).toEqual(articles);
    for (const item of items) {
      expect(String(item.title).length, String(item.link)).toBeGreaterThan(0);
      expect(String(item.description).length).toBeGreaterThanOrEqual(50);
      expect(String(item.pubDate)).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(Number.isNaN(Date.parse(String(item.pubDate)))).toBe(false);
      expect((item.category as string[]).length).toBeGreaterThan(0);
    }
  });

  test('every page announces the feed in its head', async ({ request }) => {
    for (const path of [...pages, '/404.html']) {
      const html = await (await request.get(path)).text();
      expect(html, path).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/rss\.xml">/);
    }
  });
});

test.describe('print', () => {
  test('an article prints without navigation or extras, keeps sources and disclaimer, and shows link addresses', async ({ page }) => {
    await page.goto(longArticle);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.getByTestId('replies')).toBeHidden();
    await expect(page.locator('.related')).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Medical disclaimer' })).toBeVisible();
    await expect(page.locator('.sources')).toBeVisible();
    const external = page.locator('.sources a[href^="https://"]').first();
    const href = (await external.getAttribute('href'))!;
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href);
    // On screen the address is not repeated.
    await page.emulateMedia({ media: 'screen' });
    expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });
});

test.describe('keyboard', () => {
  /** Presses Tab until `predicate` holds for the focused element; returns how many presses it took, or -1. */
  async function tabUntil(page: Page, predicate: string, limit = 40): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, predicate)) return presses;
    }
    return -1;
  }

  test('Tab reaches the search box and then the Search button, and Enter searches', async ({ page }) => {
    await page.goto('/search/');
    expect(await tabUntil(page, 'input[type="search"]')).toBeGreaterThan(0);
    await page.keyboard.type('massage gun');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/articles/massage-guns-foam-rollers-and-massage-chairs/');
    await page.keyboard.press('Tab');
    await expect(page.locator('#search-results a').first()).toBeFocused();
  });

  test('a contents link moves the reader to its section, and Tab carries on from there', async ({ page }) => {
    await page.goto(longArticle);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const third = toc.getByRole('link').nth(2);
    const target = (await third.getAttribute('href'))!;
    expect(await tabUntil(page, `.toc a[href="${target}"]`)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
    await page.keyboard.press('Tab');
    const afterHeading = await page.evaluate((selector) => {
      const heading = document.getElementById(selector.slice(1))!;
      const focused = document.activeElement!;
      return Boolean(heading.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, target);
    expect(afterHeading).toBe(true);
  });
  // Every control of every page kind is reached in order, with a visible ring: tests/e2e/quality.spec.ts.
});

test.describe('design', () => {
  const shots = [
    ['home', '/'],
    ['article', longArticle],
    ['search', '/search/?q=insomnia'],
    ['topic', '/topics/insomnia/'],
  ] as const;

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      // Screenshots to look at come from `npm run screenshots`; this test asserts what a reader would notice.
      test(`at ${width}px, ${scheme}: no sideways scrolling and no layout shift on the home page, an article, search and a topic`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        for (const [name, path] of shots) {
          await page.goto(path);
          if (name === 'search') await expect(page.locator('#search-results li').first()).toBeVisible();
          // The total layout shift since the page started loading, and what moved (for the failure message).
          const { shift, moved } = await page.evaluate(
            () =>
              new Promise<{ shift: number; moved: string[] }>((resolve) => {
                let total = 0;
                const nodes: string[] = [];
                new PerformanceObserver((list) => {
                  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> };
                  for (const entry of list.getEntries() as Shift[]) {
                    if (entry.hadRecentInput) continue;
                    total += entry.value;
                    for (const source of entry.sources ?? []) {
                      const node = source.node;
                      nodes.push(node instanceof Element ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}` : String(node?.nodeName));
                    }
                  }
                }).observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => resolve({ shift: total, moved: nodes }), 300);
              }),
          );
          expect(shift, `layout shift on ${path}; moved: ${moved.join(', ')}`).toBeLessThan(0.01);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `sideways scrolling on ${path}`).toBeLessThanOrEqual(0);
        }
      });
    }
  }
});
